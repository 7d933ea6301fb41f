import Link from "next/link";
import { getTranslations } from "next-intl/server";

export const DASHBOARD_VIEWS = ["overview", "measures", "completeness"] as const;
export type DashboardView = (typeof DASHBOARD_VIEWS)[number];

export function isDashboardView(value: unknown): value is DashboardView {
  return typeof value === "string" && (DASHBOARD_VIEWS as readonly string[]).includes(value);
}

/** The link to a view of the collaborative dashboard, keeping the organisation filter. */
export function dashboardHref(collaborativeId: string, view: DashboardView, organisationId: string | null, extra: Record<string, string> = {}) {
  const query = new URLSearchParams({ ...(view === "overview" ? {} : { view }), ...(organisationId ? { organisation: organisationId } : {}), ...extra });
  const text = query.toString();
  return `/collaboratives/${collaborativeId}/dashboard${text ? `?${text}` : ""}`;
}

/** The three views of the collaborative dashboard as links (each a page of its own, so the overview stays fast). */
export async function DashboardTabs({ collaborativeId, current, organisationId }: { collaborativeId: string; current: DashboardView; organisationId: string | null }) {
  const t = await getTranslations("dashboardPages.views");
  return (
    <nav aria-label={t("label")}>
      <ul className="flex flex-wrap gap-2 border-b border-slate-300">
        {DASHBOARD_VIEWS.map((view) => (
          <li key={view}>
            <Link
              href={dashboardHref(collaborativeId, view, organisationId)}
              aria-current={view === current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-t border border-b-0 px-4 font-medium ${view === current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-900 hover:bg-slate-100"}`}
            >
              {t(view)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
