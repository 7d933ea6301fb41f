import { NextResponse, type NextRequest } from "next/server";
import { readSessionClaims, renewedSessionCookie } from "@/lib/auth/session-token";

// Only sends signed-out visitors to the sign-in page. Every page and action checks permission itself.
// /api/v1 checks its own Bearer tokens (lib/api/auth.ts), and calendar feeds their secret URLs.
const PUBLIC_PATHS = [/^\/login$/, /^\/invite\/[^/]+$/, /^\/api\/auth\//, /^\/api\/health$/, /^\/api\/calendar\//, /^\/api\/v1\//];

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.some((pattern) => pattern.test(pathname))) return NextResponse.next();
  const claims = await readSessionClaims(request.cookies);
  if (claims) {
    const response = NextResponse.next();
    const renewed = await renewedSessionCookie(claims);
    if (renewed) response.cookies.set(renewed.name, renewed.value, renewed.options);
    return response;
  }
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: "UNAUTHENTICATED" }, { status: 401 });
  const login = new URL("/login", request.url);
  if (pathname !== "/") login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|ico|css|js)$).*)"] };
