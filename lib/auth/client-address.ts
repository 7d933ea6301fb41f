type HeaderReader = { get(name: string): string | null };

/**
 * The address a sign-in came from, as the nearest proxy saw it: the last entry of X-Forwarded-For
 * (a reverse proxy such as nginx appends the peer it saw; `next start` fills the header with the
 * socket's address when it is absent). A client can put anything before that entry, so only the
 * last one counts; without a proxy in front, the client controls the header and the per-address
 * limit is only as good as the account-wide delay beside it (lib/auth/sign-in-limit.ts).
 */
export function clientAddress(headers: HeaderReader): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded
    ?.split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .at(-1);
  const address = last || headers.get("x-real-ip")?.trim() || null;
  return address ? address.slice(0, 64) : null;
}
