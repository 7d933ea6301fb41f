import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { visibleTeamNavItems } from "@/lib/teams/nav";

/** The team's sub-navigation, shown at the top of every team page. */
export async function TeamNav({ teamId, current }: { teamId: string; current: string }) {
  const t = await getTranslations("teamNav");
  const items = await visibleTeamNavItems(teamId);
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
