// Signing in the way the browser does, through next-auth's credentials flow: the CSRF token (and
// its cookie), then the credentials callback; answers the Cookie header that carries the session.

function cookiePairs(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
}

export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiePairs(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiePairs(response).find((pair) => /^(__Secure-)?next-auth\.session-token=/.test(pair));
  if (!session) throw new Error(`Sign-in as ${email} failed (${response.status}): ${await response.text()}`);
  return session;
}

/** One GET as a signed-in user; throws unless it answers 200 with a body containing `expected`. */
export async function expectPage(baseUrl: string, path: string, cookie: string, expected: string): Promise<void> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status} (is the page built?)`);
  if (!body.includes(expected)) throw new Error(`GET ${path} answered 200 without "${expected}"`);
}
