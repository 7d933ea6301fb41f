import "server-only";
import type { Provider } from "next-auth/providers/index";
import type { Db } from "@/lib/db/client";

/**
 * The optional OpenID Connect provider (for example Microsoft Entra ID), switched on when
 * OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. It signs in existing users only:
 * an administrator creates the account; the first OIDC sign-in links it by e-mail.
 */
export function oidcProvider(): Provider[] {
  const issuer = process.env.OIDC_ISSUER;
  const clientId = process.env.OIDC_CLIENT_ID;
  const clientSecret = process.env.OIDC_CLIENT_SECRET;
  if (!issuer || !clientId || !clientSecret) return [];
  return [
    {
      id: "oidc",
      name: process.env.OIDC_DISPLAY_NAME || "OpenID Connect",
      type: "oauth",
      wellKnown: `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId,
      clientSecret,
      idToken: true,
      checks: ["pkce", "state"],
      authorization: { params: { scope: "openid email profile" } },
      profile(profile: { sub: string; email?: string; preferred_username?: string; name?: string }) {
        return { id: profile.sub, email: (profile.email ?? profile.preferred_username ?? "").toLowerCase(), name: profile.name ?? null };
      },
    },
  ];
}

export function isOidcEnabled(): boolean {
  return Boolean(process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID && process.env.OIDC_CLIENT_SECRET);
}

export async function linkOidcUser(
  db: Db,
  subject: string,
  _profile: unknown,
  user: { email?: string | null },
): Promise<boolean> {
  const bySubject = await db.user.findUnique({ where: { oidcSubject: subject } });
  if (bySubject) return !bySubject.deactivatedAt;
  const email = user.email?.toLowerCase();
  if (!email) return false;
  const byEmail = await db.user.findUnique({ where: { email } });
  if (!byEmail || byEmail.deactivatedAt || byEmail.oidcSubject) return false;
  await db.$transaction([
    db.user.update({ where: { id: byEmail.id }, data: { oidcSubject: subject } }),
    db.auditEvent.create({
      data: { actorId: byEmail.id, action: "user.linkOidc", entityType: "User", entityId: byEmail.id, after: JSON.stringify({ oidcSubject: subject }) },
    }),
  ]);
  return true;
}
