import { NextResponse, type NextRequest } from "next/server";
import { readSessionClaims, renewedSessionCookie } from "@/lib/auth/session-token";
import { isCrossOriginPost } from "@/lib/http/cross-origin";
import { API_POLICY, newNonce, pagePolicy, strictTransportSecurity } from "@/lib/http/security-headers";

// Sends signed-out visitors to the sign-in page, refuses posts from other sites, and sets the
// Content-Security-Policy (a nonce per page answer) and HSTS. Every page and action checks
// permission itself. /api/v1 checks its own Bearer tokens (lib/api/auth.ts), and calendar feeds
// their secret URLs. The headers that need no request (nosniff, framing, referrer) are in next.config.ts.
const PUBLIC_PATHS = [/^\/login$/, /^\/invite\/[^/]+$/, /^\/api\/auth\//, /^\/api\/health$/, /^\/api\/calendar\//, /^\/api\/v1\//];

export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const api = pathname.startsWith("/api/");
  if (isCrossOriginPost({ method: request.method, headers: request.headers, pathname })) {
    return secured(NextResponse.json({ error: "FORBIDDEN" }, { status: 403 }), API_POLICY);
  }
  const policy = api ? API_POLICY : pagePolicy(newNonce(), { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  if (!api) requestHeaders.set("Content-Security-Policy", policy);
  return secured(await route(request, requestHeaders, api), policy);
}

async function route(request: NextRequest, requestHeaders: Headers, api: boolean): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  const next = () => NextResponse.next({ request: { headers: requestHeaders } });
  if (PUBLIC_PATHS.some((pattern) => pattern.test(pathname))) return next();
  const claims = await readSessionClaims(request.cookies);
  if (claims) {
    const response = next();
    const renewed = await renewedSessionCookie(claims);
    if (renewed) response.cookies.set(renewed.name, renewed.value, renewed.options);
    return response;
  }
  if (api) return NextResponse.json({ error: "UNAUTHENTICATED" }, { status: 401 });
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

function secured(response: NextResponse, policy: string): NextResponse {
  response.headers.set("Content-Security-Policy", policy);
  const hsts = strictTransportSecurity(process.env.NEXTAUTH_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico|css|js)$).*)"] };
