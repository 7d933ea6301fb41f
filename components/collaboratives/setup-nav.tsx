import Link from "next/link";
import { getTranslations } from "next-intl/server";

const SECTIONS = [
  { key: "overview", path: "" },
  { key: "dashboard", path: "/dashboard" },
  { key: "settings", path: "/settings" },
  { key: "measures", path: "/measures" },
  { key: "changePackage", path: "/change-package" },
  { key: "teams", path: "/teams" },
  { key: "people", path: "/people" },
  { key: "seminars", path: "/seminars" },
  { key: "reports", path: "/reports" },
] as const;

export type SetupSection = (typeof SECTIONS)[number]["key"];

/** The secretariat's sub-navigation between a collaborative's overview and its set-up pages. */
export async function CollaborativeSetupNav({ collaborativeId, current }: { collaborativeId: string; current: SetupSection }) {
  const t = await getTranslations("collaborativeSetup.nav");
  return (
    <nav aria-label={t("label")} className="mb-2">
      <ul className="flex flex-wrap gap-2">
        {SECTIONS.map((section) => (
          <li key={section.key}>
            <Link
              href={`/collaboratives/${collaborativeId}${section.path}`}
              aria-current={section.key === current ? "page" : undefined}
              className={`inline-block rounded px-3 py-1.5 font-medium ${section.key === current ? "bg-brand-700 text-white" : "border border-slate-500 bg-white text-slate-900 hover:bg-slate-100"}`}
            >
              {t(section.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
