function attachment(filename: string): string {
  const ascii = filename.normalize("NFKD").replace(/[^\w.-]+/g, "-");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** A CSV download; the filename is reduced to safe characters (with an RFC 5987 UTF-8 form beside it). */
export function csvResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": attachment(filename), "Cache-Control": "no-store" },
  });
}

/** An Excel (.xlsx) download, named like csvResponse's. */
export function xlsxResponse(body: Buffer, filename: string): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": attachment(filename),
      "Cache-Control": "no-store",
    },
  });
}
