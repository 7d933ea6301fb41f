import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "@/lib/db/prisma";
import { authenticateWithPassword } from "./authenticate";
import { oidcProvider, linkOidcUser } from "./oidc";
import { SESSION_MAX_AGE_SECONDS } from "./session-token";

/**
 * Sessions are JWTs that carry the user id and role only; everything else (name, scopes,
 * memberships, even whether the account is still active) is read fresh by requireUser().
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials) {
        const result = await authenticateWithPassword(prisma, credentials);
        // next-auth hands a thrown message to the sign-in form as `error`: a code it translates.
        if (!result.ok) throw new Error(result.code);
        return { id: result.user.id, role: result.user.role, locale: result.user.locale };
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
        token.sub = fromDb?.id ?? user.id;
        token.role = fromDb?.role ?? (user as { role?: string }).role ?? "STAFF";
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
