// The JSON API is a machine interface: its errors are stable English codes with a short English text.

export type ApiErrorCode = "BAD_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INTERNAL";

const NO_STORE = { "Cache-Control": "no-store" };

/** A JSON answer that no cache keeps (every answer depends on whose token asked). */
export function apiJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/** `{ error: { code, message } }` with the matching status. */
export function apiError(status: number, code: ApiErrorCode, message: string): Response {
  const challenge: Record<string, string> =
    status === 401 ? { "WWW-Authenticate": `Bearer realm="samspil", error="invalid_token"` } : {};
  return apiJson({ error: { code, message } }, status, challenge);
}
