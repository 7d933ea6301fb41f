import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CollaborativeSetupNav } from "@/components/collaboratives/setup-nav";
import { requireUser } from "@/lib/auth/session";
import { getCollaborativeTeamsSetup } from "@/lib/collaboratives/data";
import { nextTeamStatuses } from "@/lib/collaboratives/rules";
import { prisma } from "@/lib/db/prisma";
import { EnrolTeamForm } from "./enrol-team-form";
import { TeamStatusButtons } from "./team-status-buttons";
import { collaborativePageTitle } from "@/lib/navigation/page-titles";

export async function generateMetadata({ params }: { params: Promise<{ collaborativeId: string }> }) {
  const t = await getTranslations("collaborativeSetup.nav");
  return collaborativePageTitle((await params).collaborativeId, t("teams"));
}

export default async function CollaborativeTeamsPage({ params }: { params: Promise<{ collaborativeId: string }> }) {
  const user = await requireUser();
  const { collaborativeId } = await params;
  const setup = await getCollaborativeTeamsSetup(prisma, user, collaborativeId);
  if (!setup) notFound();
  const t = await getTranslations("collaborativeSetup.teams");
  const tEnums = await getTranslations("enums");
  const { collaborative, teams } = setup;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">{collaborative.name}</p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
      </div>
      <CollaborativeSetupNav collaborativeId={collaborative.id} current="teams" />
      <section aria-labelledby="enrolled-heading" className="card">
        <h2 id="enrolled-heading" className="mb-2 text-lg font-semibold">
          {t("enrolledHeading")}
        </h2>
        {teams.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("team")}</th>
                <th scope="col">{t("microsystem")}</th>
                <th scope="col">{t("contactPerson")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("actions")}</th>
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
                  <td>
                    <Link className="text-brand-700 underline" href={`/microsystems/${team.microsystem.id}`}>
                      {team.microsystem.name}
                    </Link>
                    <span className="block text-slate-600">{team.microsystem.organisation.name}</span>
                  </td>
                  <td>{team.members.map((member) => `${member.user.name} (${member.user.email})`).join(", ") || "—"}</td>
                  <td>{tEnums(`teamStatus.${team.status}`)}</td>
                  <td>
                    <TeamStatusButtons teamId={team.id} teamName={team.name} next={nextTeamStatuses(team.status)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="enrol-heading" className="card">
        <h2 id="enrol-heading" className="mb-2 text-lg font-semibold">
          {t("enrolHeading")}
        </h2>
        <EnrolTeamForm collaborativeId={collaborative.id} microsystems={setup.microsystems} users={setup.users} />
      </section>
    </div>
  );
}
