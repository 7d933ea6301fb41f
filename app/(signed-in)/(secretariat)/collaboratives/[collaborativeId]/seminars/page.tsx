import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CollaborativeSetupNav } from "@/components/collaboratives/setup-nav";
import { PlacesByMode } from "@/components/seminars/places-by-mode";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { getSeminarCalendar } from "@/lib/seminars/data";
import { collaborativeFeedPath, requestBaseUrl } from "@/lib/seminars/feed-url";
import { zonedDay } from "@/lib/seminars/time";
import { collaborativePageTitle } from "@/lib/navigation/page-titles";

const WEEK_MS = 7 * 24 * 3600_000;

export async function generateMetadata({ params }: { params: Promise<{ collaborativeId: string }> }) {
  const t = await getTranslations("collaborativeSetup.nav");
  return collaborativePageTitle((await params).collaborativeId, t("seminars"));
}

/** The collaborative's calendar: seminars month by month with the action periods between them. */
export default async function SeminarCalendarPage({ params }: { params: Promise<{ collaborativeId: string }> }) {
  const user = await requireUser();
  const { collaborativeId } = await params;
  const calendar = await getSeminarCalendar(prisma, user, collaborativeId);
  if (!calendar) notFound();
  const t = await getTranslations("seminars");
  const locale = (await getLocale()) as Locale;
  const { collaborative, seminars, canManage } = calendar;
  const feedUrl = `${await requestBaseUrl()}${collaborativeFeedPath(collaborative.id)}`;
  const monthLabel = (date: Date, timeZone: string) =>
    new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone }).format(date);
  const monthOf = (seminar: { startsAt: Date; timeZone: string }) => zonedDay(seminar.startsAt, seminar.timeZone).slice(0, 7);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600">{collaborative.name}</p>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
      </div>
      {canManage && <CollaborativeSetupNav collaborativeId={collaborative.id} current="seminars" />}
      <p>{t("calendar.intro")}</p>
      {canManage && (
        <div className="flex flex-wrap gap-2">
          <Link className="btn-primary" href={`/collaboratives/${collaborative.id}/seminars/new`}>
            {t("calendar.newSeminar")}
          </Link>
          <a className="btn-secondary" href={`/api/collaboratives/${collaborative.id}/registrations.csv`} download>
            {t("calendar.exportCsv")}
          </a>
        </div>
      )}
      <section aria-labelledby="timeline-heading" className="card">
        <h2 id="timeline-heading" className="mb-2 text-lg font-semibold">
          {t("calendar.timelineHeading")}
        </h2>
        {seminars.length === 0 ? (
          <p>{t("calendar.none")}</p>
        ) : (
          <ol className="flex flex-col gap-2">
            {seminars.map((seminar, index) => {
              const showMonth = index === 0 || monthOf(seminar) !== monthOf(seminars[index - 1]);
              const previous = seminars.slice(0, index).filter((s) => s.status !== "CANCELLED").at(-1);
              const weeks = previous && seminar.status !== "CANCELLED" ? Math.round((seminar.startsAt.getTime() - previous.endsAt.getTime()) / WEEK_MS) : null;
              return (
                <li key={seminar.id} className="flex flex-col gap-2">
                  {weeks !== null && (
                    <p className="ml-4 border-l-4 border-brand-700 pl-3 text-sm text-slate-700">{t("calendar.actionPeriod", { weeks })}</p>
                  )}
                  {showMonth && <h3 className="font-semibold capitalize">{monthLabel(seminar.startsAt, seminar.timeZone)}</h3>}
                  <div className="rounded border border-slate-300 p-3">
                    <Link className="font-medium text-brand-700 underline" href={`/collaboratives/${collaborative.id}/seminars/${seminar.id}`}>
                      {t("seminarLabel", { number: seminar.number, title: seminar.title })}
                    </Link>
                    <p className="text-sm">
                      {formatDateTime(locale, seminar.startsAt, seminar.timeZone)} · {t(`status.${seminar.status as "DRAFT" | "PUBLISHED" | "CANCELLED"}`)}
                      {seminar.venue && ` · ${seminar.venue}`}
                    </p>
                    <p className="text-sm text-slate-700">{t("calendar.registrations", { registered: seminar.registered, waiting: seminar.waiting })}</p>
                    {seminar.status !== "CANCELLED" && <PlacesByMode places={seminar.places} className="text-sm text-slate-700" />}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section aria-labelledby="feed-heading" className="card">
        <h2 id="feed-heading" className="mb-2 text-lg font-semibold">
          {t("calendar.feedHeading")}
        </h2>
        <p id="feed-help" className="mb-2 text-sm text-slate-700">
          {t("calendar.feedHelp")}
        </p>
        <label htmlFor="collaborative-feed" className="font-medium">
          {t("calendar.feedUrl")}
        </label>
        <input id="collaborative-feed" readOnly value={feedUrl} aria-describedby="feed-help" className="input w-full" />
      </section>
    </div>
  );
}
