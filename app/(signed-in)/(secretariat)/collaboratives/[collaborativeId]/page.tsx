import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { authorizeCollaborative } from "@/lib/authz/authorize";
import { CollaborativeSetupNav } from "@/components/collaboratives/setup-nav";
import { Alert } from "@/components/ui/alert";
import { canManageCollaborative, getCollaborativeOverview } from "@/lib/collaboratives/data";
import { prisma } from "@/lib/db/prisma";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { collaborativePageTitle } from "@/lib/navigation/page-titles";

export async function generateMetadata({ params }: { params: Promise<{ collaborativeId: string }> }) {
  const t = await getTranslations("collaborativeSetup.nav");
  return collaborativePageTitle((await params).collaborativeId, t("overview"));
}

export default async function CollaborativePage({
  params,
  searchParams,
}: {
  params: Promise<{ collaborativeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { collaborativeId } = await params;
  const overview = await getCollaborativeOverview(prisma, user, collaborativeId);
  if (!overview) notFound();
  const t = await getTranslations("collaboratives");
  const tSetup = await getTranslations("collaborativeSetup");
  // The create form lands here: the new collaborative is confirmed on its own page.
  const created = (await searchParams).created === "1";
  const tEnums = await getTranslations("enums");
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const { collaborative, teams, nextSeminar } = overview;
  const mayManage = await canManageCollaborative(prisma, user, collaborativeId);
  const mayReadDashboard = (await authorizeCollaborative(prisma, user, collaborativeId, "collaborative.readTeams")).ok;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-slate-600">
          {collaborative.topic} · {tEnums(`collaborativeStatus.${collaborative.status}`)} ·{" "}
          {formatDate(locale, collaborative.startDate, collaborative.timeZone)} – {formatDate(locale, collaborative.endDate, collaborative.timeZone)}
        </p>
        <h1 className="text-2xl font-semibold">{collaborative.name}</h1>
      </div>
      {created && (
        <Alert tone="success" announce>
          {tSetup("form.created")}
        </Alert>
      )}
      {mayManage && <CollaborativeSetupNav collaborativeId={collaborative.id} current="overview" />}
      {!mayManage && mayReadDashboard && (
        <p>
          <Link href={`/collaboratives/${collaborative.id}/dashboard`} className="btn-primary inline-flex min-h-11 items-center">
            {t("dashboardLink")}
          </Link>
        </p>
      )}
      <section aria-labelledby="aim-heading" className="card">
        <h2 id="aim-heading" className="text-lg font-semibold">
          {t("aim")}
        </h2>
        <p className="mt-1 whitespace-pre-line">{collaborative.aim}</p>
      </section>
      <section aria-labelledby="teams-heading" className="card">
        <h2 id="teams-heading" className="text-lg font-semibold">
          {t("teams")}
        </h2>
        <table className="data-table mt-2">
          <thead>
            <tr>
              <th scope="col">{t("team")}</th>
              <th scope="col">{t("organisation")}</th>
              <th scope="col">{t("contactPerson")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("openCycles")}</th>
            </tr>
          </thead>
          <tbody>
            {teams.map((team) => (
              <tr key={team.id}>
                <th scope="row">
                  <Link className="text-brand-700 underline" href={`/teams/${team.id}`}>
                    {team.name}
                  </Link>
                </th>
                <td>{team.microsystem.organisation.name}</td>
                <td>{team.members.map((member) => member.user.name).join(", ") || "—"}</td>
                <td>{tEnums(`teamStatus.${team.status}`)}</td>
                <td>{team._count.cycles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="seminar-heading" className="card">
        <h2 id="seminar-heading" className="text-lg font-semibold">
          {t("nextSeminar")}
        </h2>
        <p className="mt-1">
          {nextSeminar
            ? `${t("seminarTitle", { number: nextSeminar.number, title: nextSeminar.title })} · ${formatDateTime(locale, nextSeminar.startsAt, nextSeminar.timeZone)}`
            : t("noSeminar")}
        </p>
      </section>
    </div>
  );
}
