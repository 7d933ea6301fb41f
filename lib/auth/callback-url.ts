/** Any origin will do: only the path of the parsed URL is kept. */
const PARSE_BASE = "https://samspil.invalid";

/**
 * Where to go after sign-in: a path of this app, or "/". The value comes from the URL, so it is
 * parsed with URL exactly as the browser will (which reads `/\evil.example` and `/<tab>/evil.example`
 * as `//evil.example`, another host) and refused unless it stays on this origin (issue 16).
 */
export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== "string" || !raw.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(raw, PARSE_BASE);
  } catch {
    return "/";
  }
  if (url.origin !== PARSE_BASE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A normalised path like "//evil.example" (from "/.//evil.example") would leave the origin again.
  return path.startsWith("//") || path.startsWith("/\\") || path.startsWith("/login") ? "/" : path;
}
