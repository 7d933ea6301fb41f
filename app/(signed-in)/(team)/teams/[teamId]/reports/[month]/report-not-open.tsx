import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TeamNav } from "@/components/teams/team-nav";
import { formatDate, formatMonth } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** The running month's report page: not a 404, but when the report opens (issue 17). */
export async function ReportNotOpen({ locale, upcoming }: { locale: Locale; upcoming: { team: { id: string; name: string }; month: Date; opensOn: Date } }) {
  const t = await getTranslations("reports");
  const month = formatMonth(locale, upcoming.month);
  return (
    <div className="flex flex-col gap-4">
      <TeamNav teamId={upcoming.team.id} current="reports" />
      <div>
        <p className="text-sm text-slate-600">{upcoming.team.name}</p>
        <h1 className="text-2xl font-semibold">{t("monthHeading", { month })}</h1>
      </div>
      {/* The day is a calendar day (UTC midnight, lib/reports/rules.ts), so it is read in UTC. */}
      <p className="card">{t("notOpenYet", { month, date: formatDate(locale, upcoming.opensOn, "UTC", "long") })}</p>
      <p>
        <Link className="text-brand-700 underline" href={`/teams/${upcoming.team.id}/reports`}>
          {t("backToList")}
        </Link>
      </p>
    </div>
  );
}
