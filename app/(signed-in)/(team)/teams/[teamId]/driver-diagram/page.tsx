import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DrawnTree, ReadOnlyOutline } from "@/components/driver-diagram/drawn-tree";
import { OutlineEditor } from "@/components/driver-diagram/outline-editor";
import { TeamNav } from "@/components/teams/team-nav";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { getTeamDriverDiagram } from "@/lib/driver-diagrams/data";
import { CopyChangePackage } from "./copy-change-package";

export async function generateMetadata() {
  const t = await getTranslations("driverDiagram");
  return { title: t("title") };
}

export default async function TeamDriverDiagramPage({ params }: { params: Promise<{ teamId: string }> }) {
  const user = await requireUser();
  const { teamId } = await params;
  const diagram = await getTeamDriverDiagram(prisma, user, teamId);
  if (!diagram) notFound();
  const t = await getTranslations("driverDiagram");
  const { team, outline, canEdit } = diagram;
  return (
    <div className="flex flex-col gap-6">
      <TeamNav teamId={teamId} current="driverDiagram" />
      <div>
        <p className="text-sm text-slate-600">{team.name}</p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1">
          <span className="font-semibold">{t("aim")}: </span>
          {team.aim || t("noAim")}
        </p>
        {diagram.mayReadPackage && diagram.hasChangePackage && (
          <p className="mt-1">
            <Link className="text-brand-700 underline" href={`/collaboratives/${team.collaborative.id}/change-package`}>
              {t("viewChangePackage")}
            </Link>
          </p>
        )}
      </div>
      <section aria-labelledby="outline-heading" className="card">
        <h2 id="outline-heading" className="mb-2 text-lg font-semibold">
          {t("outlineTitle")}
        </h2>
        {canEdit ? (
          <OutlineEditor owner={{ ownerType: "team", ownerId: team.id }} outline={outline} />
        ) : (
          <>
            <p className="mb-2 text-slate-700">{t("readOnly")}</p>
            <ReadOnlyOutline outline={outline} />
          </>
        )}
      </section>
      <DrawnTree aim={team.aim} outline={outline} />
      {canEdit && diagram.hasChangePackage && <CopyChangePackage teamId={team.id} isEmpty={outline.length === 0} />}
    </div>
  );
}
