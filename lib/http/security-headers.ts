// The security headers of every answer (issue 16, item 6). Pure, so the proxy, next.config.ts and
// the tests share one definition. Pages get a nonce-based Content-Security-Policy: Next.js reads the
// nonce from the request's policy header and puts it on its own scripts; 'strict-dynamic' lets those
// scripts load the rest of the bundle. Styles keep 'unsafe-inline' because server-rendered React
// writes style attributes (chart colours, bar widths) that a nonce cannot cover.

/** The headers every answer carries, static files included (next.config.ts headers()). */
export const BASE_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** A fresh nonce for one page answer: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** The policy of an HTML page. `development` allows what `next dev` needs (eval for fast refresh, its websocket). */
export function pagePolicy(nonce: string, { development = false }: { development?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The policy of an API answer (JSON, CSV, calendars): nothing in it may run or be framed. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Strict-Transport-Security when the app's public address is https (NEXTAUTH_URL), else nothing. */
export function strictTransportSecurity(publicUrl: string | undefined): string | null {
  return publicUrl?.startsWith("https://") ? "max-age=31536000; includeSubDomains" : null;
}
