import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/prisma";
import { readSessionClaims } from "./session-token";
import { readSessionUser, type CurrentUser } from "./session-user";

export type { CurrentUser };

/** The signed-in user read fresh from the database, or null (also for deactivated accounts). */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await readSessionClaims(await cookies());
  if (!claims?.sub) return null;
  return readSessionUser(prisma, claims.sub, typeof claims.sv === "number" ? claims.sv : 0);
});

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
