import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { isTeamMember } from "@/lib/teams/data";

// The layout only frames the page; every page checks the user's rights itself (STYLE.md).
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <AppShell user={user} isTeamMember={await isTeamMember(prisma, user)}>
      {children}
    </AppShell>
  );
}
