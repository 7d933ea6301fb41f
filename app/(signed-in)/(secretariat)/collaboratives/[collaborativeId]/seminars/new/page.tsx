import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CollaborativeSetupNav } from "@/components/collaboratives/setup-nav";
import { SeminarForm } from "@/components/seminars/seminar-form";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { getNewSeminarContext } from "@/lib/seminars/data";
import { blankSeminarValues } from "@/lib/seminars/form-values";
import { collaborativePageTitle } from "@/lib/navigation/page-titles";

export async function generateMetadata({ params }: { params: Promise<{ collaborativeId: string }> }) {
  const t = await getTranslations("seminars.form");
  return collaborativePageTitle((await params).collaborativeId, t("newHeading"));
}

export default async function NewSeminarPage({ params }: { params: Promise<{ collaborativeId: string }> }) {
  const user = await requireUser();
  const { collaborativeId } = await params;
  const context = await getNewSeminarContext(prisma, user, collaborativeId);
  if (!context) notFound();
  const t = await getTranslations("seminars");
  const { collaborative } = context;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">{collaborative.name}</p>
        <h1 className="text-2xl font-semibold">{t("form.newHeading")}</h1>
      </div>
      <CollaborativeSetupNav collaborativeId={collaborative.id} current="seminars" />
      <section className="card">
        <SeminarForm collaborativeId={collaborative.id} initial={blankSeminarValues(context.nextNumber, collaborative.timeZone)} />
      </section>
    </div>
  );
}
