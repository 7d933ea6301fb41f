import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CollaborativeSetupNav } from "@/components/collaboratives/setup-nav";
import { PlacesByMode } from "@/components/seminars/places-by-mode";
import { SeminarForm } from "@/components/seminars/seminar-form";
import { Alert } from "@/components/ui/alert";
import { Section } from "@/components/ui/section";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getSeminarDetails } from "@/lib/seminars/data";
import { seminarFormValues } from "@/lib/seminars/form-values";
import { attendanceRefusal, cancelRefusal, publishRefusal, type Attendance, type RegistrationMode } from "@/lib/seminars/rules";
import { AttendanceSheet, type SheetTeam } from "./attendance-form";
import { SeminarStatusActions } from "./status-actions";
import { seminarPageTitle } from "@/lib/navigation/page-titles";

type Status = "DRAFT" | "PUBLISHED" | "CANCELLED";
type RegistrationStatus = "REGISTERED" | "WAITLISTED" | "CANCELLED";

export async function generateMetadata({ params }: { params: Promise<{ collaborativeId: string; seminarId: string }> }) {
  const { collaborativeId, seminarId } = await params;
  return seminarPageTitle(collaborativeId, seminarId);
}

/** One seminar for the secretariat: status, gap warnings, places per mode, edit form, registrations per team and the attendance sheet. */
export default async function SeminarPage({
  params,
  searchParams,
}: {
  params: Promise<{ collaborativeId: string; seminarId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { collaborativeId, seminarId } = await params;
  // The new-seminar form lands here after a success (its action's redirectTo) and says so.
  const created = (await searchParams).created === "1";
  const details = await getSeminarDetails(prisma, user, seminarId);
  if (!details || details.seminar.collaborativeId !== collaborativeId) notFound();
  const t = await getTranslations("seminars");
  const locale = (await getLocale()) as Locale;
  const { seminar, canManage, warnings, registrations, places } = details;
  const now = new Date();
  const mayRecordAttendance = canManage && attendanceRefusal(seminar, now) === null;
  const teams = new Map<string, SheetTeam>();
  for (const registration of registrations) {
    const key = registration.team?.id ?? "";
    const entry = teams.get(key) ?? { key, name: registration.team?.name ?? t("registrations.noTeam"), rows: [] };
    entry.rows.push({
      id: registration.id,
      name: registration.user.name,
      email: registration.user.email,
      mode: registration.mode as RegistrationMode,
      status: registration.status as RegistrationStatus,
      position: registration.position,
      attendance: registration.attendance as Attendance | null,
    });
    teams.set(key, entry);
  }
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">{seminar.collaborative.name}</p>
        <h1 className="text-2xl font-semibold">{t("seminarLabel", { number: seminar.number, title: seminar.title })}</h1>
        <p>{t("details.statusLabel", { status: t(`status.${seminar.status as Status}`) })}</p>
      </div>
      {created && (
        <Alert tone="success" announce>
          {t("form.created")}
        </Alert>
      )}
      {canManage && <CollaborativeSetupNav collaborativeId={collaborativeId} current="seminars" />}
      <p>
        <Link className="text-brand-700 underline" href={`/collaboratives/${collaborativeId}/seminars`}>
          {t("details.back")}
        </Link>
      </p>
      {warnings.length > 0 && (
        <section aria-labelledby="warnings-heading" className="rounded border border-amber-500 bg-amber-50 p-3 text-amber-950" role="status">
          <h2 id="warnings-heading" className="font-semibold">
            {t("warnings.heading")}
          </h2>
          <ul className="list-disc pl-5">
            {warnings.map((warning) => (
              <li key={`${warning.kind}-${warning.side}`}>{t(`warnings.${warning.kind}`, { number: warning.neighbourNumber, side: warning.side })}</li>
            ))}
          </ul>
        </section>
      )}
      {canManage && <SeminarStatusActions seminarId={seminar.id} canPublish={publishRefusal(seminar.status) === null} canCancel={cancelRefusal(seminar, now) === null} />}
      <section aria-labelledby="summary-heading" className="card">
        <h2 id="summary-heading" className="sr-only">
          {t("details.when")}
        </h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">{t("details.when")}</dt>
          <dd>
            {formatDateTime(locale, seminar.startsAt, seminar.timeZone)} – {formatDateTime(locale, seminar.endsAt, seminar.timeZone)} ({seminar.timeZone})
          </dd>
          <dt className="font-medium">{t("details.capacity")}</dt>
          <dd>
            <PlacesByMode places={places} className="" />
          </dd>
          <dt className="font-medium">{t("details.deadline")}</dt>
          <dd>{seminar.registrationDeadline ? formatDateTime(locale, seminar.registrationDeadline, seminar.timeZone) : t("details.none")}</dd>
        </dl>
      </section>
      <Section id="registrations" title={t("registrations.heading")} className="card flex flex-col gap-2">
        {!mayRecordAttendance && canManage && <p className="mb-2 text-sm text-slate-700">{t("registrations.attendanceLater")}</p>}
        {registrations.length === 0 ? (
          <p>{t("registrations.none")}</p>
        ) : (
          <AttendanceSheet seminarId={seminar.id} teams={[...teams.values()]} editable={mayRecordAttendance} />
        )}
      </Section>
      {canManage && seminar.status !== "CANCELLED" && (
        <Section id="edit" title={t("form.editHeading")} className="card flex flex-col gap-2">
          <SeminarForm collaborativeId={collaborativeId} seminarId={seminar.id} initial={seminarFormValues(seminar)} />
        </Section>
      )}
    </div>
  );
}
