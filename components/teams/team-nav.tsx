import Link from "next/link";
import { getTranslations } from "next-intl/server";
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

async function visibleItems(teamId: string): Promise<TeamNavItem[]> {
  const user = await getCurrentUser();
  const visible: TeamNavItem[] = [];
  for (const item of TEAM_NAV_ITEMS) {
    if (!item.requires || (user && (await authorizeTeam(prisma, user, teamId, item.requires)).ok)) visible.push(item);
  }
  return visible;
}

/** The team's sub-navigation, shown at the top of every team page. */
export async function TeamNav({ teamId, current }: { teamId: string; current: string }) {
  const t = await getTranslations("teamNav");
  const items = await visibleItems(teamId);
  return (
    <nav aria-label={t("label")} className="mb-4 print:hidden">
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => {
          const isCurrent = item.labelKey === current;
          return (
            <li key={item.labelKey}>
              <Link
                href={`/teams/${teamId}${item.href}`}
                aria-current={isCurrent ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded border px-3 font-medium ${
                  isCurrent ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-brand-900 hover:bg-brand-100"
                }`}
              >
                {t(item.labelKey)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
