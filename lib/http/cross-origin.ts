// A form or server action posted from another site. Next.js compares the Origin header with the host
// and throws, which answers 500; the proxy answers 403 first (issue 16, item 7). API routes are left
// out: /api/v1 authenticates Bearer tokens, which a foreign page cannot send.

type RequestLike = { method: string; headers: Headers; pathname: string };

/** The host this request was addressed to, as Next.js's own check reads it (x-forwarded-host first). */
function requestHost(headers: Headers): string | null {
  return headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
}

/** True for a POST to a page (a server action, with or without JavaScript) whose Origin is another site or opaque. */
export function isCrossOriginPost(request: RequestLike): boolean {
  if (request.method !== "POST" || request.pathname.startsWith("/api/")) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = requestHost(request.headers);
  if (!host || origin === "null") return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
