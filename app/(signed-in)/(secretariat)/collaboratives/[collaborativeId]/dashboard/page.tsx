import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CollaborativeSetupNav } from "@/components/collaboratives/setup-nav";
import { requireUser } from "@/lib/auth/session";
import { canManageCollaborative } from "@/lib/collaboratives/data";
import { prisma } from "@/lib/db/prisma";
import { CompletenessView } from "./completeness-view";
import { DashboardTabs, dashboardHref, isDashboardView } from "./dashboard-tabs";
import { MeasuresView } from "./measures-view";
import { OverviewView } from "./overview-view";

export async function generateMetadata() {
  const t = await getTranslations("dashboardPages");
  return { title: t("title") };
}

type SearchParams = { view?: string; measure?: string; organisation?: string };

/**
 * The collaborative dashboard (issue 7) for the secretariat and managers in scope, in three views:
 * the teams at a glance, one shared measure across the teams, and data completeness.
 */
export default async function CollaborativeDashboardPage({ params, searchParams }: { params: Promise<{ collaborativeId: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const { collaborativeId } = await params;
  const query = await searchParams;
  const view = isDashboardView(query.view) ? query.view : "overview";
  const organisationId = query.organisation ?? null;
  const t = await getTranslations("dashboardPages");
  const organisation = organisationId ? await prisma.organisation.findUnique({ where: { id: organisationId }, select: { name: true } }) : null;

  const content =
    view === "measures" ? (
      await MeasuresView({ user, collaborativeId, organisationId, measureId: query.measure ?? null })
    ) : view === "completeness" ? (
      await CompletenessView({ user, collaborativeId, organisationId })
    ) : (
      await OverviewView({ user, collaborativeId, organisationId })
    );
  if (!content) notFound();
  const mayManage = await canManageCollaborative(prisma, user, collaborativeId);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-slate-600">
          <Link href={`/collaboratives/${collaborativeId}`} className="text-brand-700 underline">
            {content.collaborativeName}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{t("heading", { name: content.collaborativeName })}</h1>
        {organisation && (
          <p className="mt-1">
            {t("filteredBy", { organisation: organisation.name })}{" "}
            <Link href={dashboardHref(collaborativeId, view, null)} className="text-brand-700 underline">
              {t("clearFilter")}
            </Link>
          </p>
        )}
      </div>
      {mayManage && <CollaborativeSetupNav collaborativeId={collaborativeId} current="dashboard" />}
      <DashboardTabs collaborativeId={collaborativeId} current={view} organisationId={organisationId} />
      {content.element}
    </div>
  );
}
