import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "@/lib/db/prisma";
import { authenticateWithPassword } from "./authenticate";
import { clientAddress } from "./client-address";
import { oidcProvider, linkOidcUser } from "./oidc";
import { SESSION_MAX_AGE_SECONDS } from "./session-token";

/**
 * Sessions are JWTs that carry the user id and role only; everything else (name, scopes,
 * memberships, even whether the account is still active) is read fresh by requireUser().
 */
function headerValue(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? value.join(",") : (value ?? null);
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      // The sign-in form uses lib/auth/sign-in-action.ts; this endpoint stays for scripted clients
      // (the bench) and answers under the same limits.
      async authorize(credentials, request) {
        const address = clientAddress({ get: (name) => headerValue(request?.headers?.[name]) });
        const result = await authenticateWithPassword(prisma, credentials, { address });
        // next-auth hands a thrown message to the caller as `error`: a code it translates.
        if (!result.ok) throw new Error(result.code);
        return { id: result.user.id, role: result.user.role, locale: result.user.locale, sessionVersion: result.user.sessionVersion };
      },
    }),
    ...oidcProvider(),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider === "oidc") return linkOidcUser(prisma, account.providerAccountId, profile, user);
      return true;
    },
    async jwt({ token, user, account }) {
      if (user) {
        const fromDb = account?.provider === "oidc" ? await prisma.user.findUnique({ where: { oidcSubject: account.providerAccountId } }) : null;
        const signedIn = user as { role?: string; sessionVersion?: number };
        token.sub = fromDb?.id ?? user.id;
        token.role = fromDb?.role ?? signedIn.role ?? "STAFF";
        token.sv = fromDb?.sessionVersion ?? signedIn.sessionVersion ?? 0;
        delete token.name;
        delete token.email;
        delete token.picture;
      }
      return token;
    },
    async session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub ?? "", role: String(token.role ?? "") } };
    },
  },
};
