/** A CSV download; the filename is reduced to safe characters (with an RFC 5987 UTF-8 form beside it). */
export function csvResponse(body: string, filename: string): Response {
  const ascii = filename.normalize("NFKD").replace(/[^\w.-]+/g, "-");
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "no-store",
    },
  });
}
