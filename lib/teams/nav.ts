import "server-only";
import { getCurrentUser } from "@/lib/auth/session";
import { authorizeTeam } from "@/lib/authz/authorize";
import type { TeamAction } from "@/lib/authz/policy";
import { prisma } from "@/lib/db/prisma";

/**
 * One link of the team sub-navigation; `href` is relative to /teams/[id], `labelKey` a key under teamNav.*.
 * `requires` hides a link from those the page would refuse.
 */
export type TeamNavItem = { href: string; labelKey: string; requires?: TeamAction };

// Other areas add their team pages here (measures, PDSA, 5P …), each with a teamNav.* label.
export const TEAM_NAV_ITEMS: TeamNavItem[] = [
  { href: "", labelKey: "overview" },
  { href: "/aim", labelKey: "aim" },
  { href: "/members", labelKey: "members" },
  { href: "/driver-diagram", labelKey: "driverDiagram" },
  { href: "/ideas", labelKey: "ideas" },
  { href: "/cycles", labelKey: "cycles" },
  { href: "/reports", labelKey: "reports" },
  { href: "/data", labelKey: "data" },
  { href: "/storyboard", labelKey: "storyboard" },
  { href: "/settings/measures", labelKey: "measureSettings", requires: "team.editMeasures" },
];

/** The team pages the signed-in user may open, in the navigation's order. */
export async function visibleTeamNavItems(teamId: string): Promise<TeamNavItem[]> {
  const user = await getCurrentUser();
  const visible: TeamNavItem[] = [];
  for (const item of TEAM_NAV_ITEMS) {
    if (!item.requires || (user && (await authorizeTeam(prisma, user, teamId, item.requires)).ok)) visible.push(item);
  }
  return visible;
}
