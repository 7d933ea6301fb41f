import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { PlacesByMode } from "@/components/seminars/places-by-mode";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { listMySeminars } from "@/lib/seminars/data";
import { requestBaseUrl, userFeedPath } from "@/lib/seminars/feed-url";
import { registrationRefusal } from "@/lib/seminars/rules";
import { utcToZonedLocal } from "@/lib/seminars/time";
import { RegistrationForm } from "./registration-form";

type Mode = "IN_PERSON" | "REMOTE";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("seminars") };
}

/** A team member's upcoming seminars: register in person or remote, cancel, waiting-list place, personal feed. */
export default async function MySeminarsPage() {
  const user = await requireUser();
  const { seminars, calendarToken } = await listMySeminars(prisma, user);
  const t = await getTranslations("seminars");
  const locale = (await getLocale()) as Locale;
  const feedUrl = `${await requestBaseUrl()}${userFeedPath(calendarToken)}`;
  const now = new Date();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("mine.intro")}</p>
      {seminars.length === 0 && <p>{t("mine.none")}</p>}
      {seminars.map((seminar) => {
        const label = t("seminarLabel", { number: seminar.number, title: seminar.title });
        const open = registrationRefusal(seminar, now) === null;
        const headingId = `seminar-${seminar.id}`;
        return (
          <section key={seminar.id} aria-labelledby={headingId} className="card flex flex-col gap-2">
            <p className="text-sm text-slate-600">{seminar.collaborative.name}</p>
            <h2 id={headingId} className="text-lg font-semibold">
              {label}
            </h2>
            <p>
              {formatDateTime(locale, seminar.startsAt, seminar.timeZone)} – {formatDateTime(locale, seminar.endsAt, seminar.timeZone)}
              {seminar.venue && ` · ${seminar.venue}`}
            </p>
            {seminar.status === "CANCELLED" ? (
              <p className="font-medium text-red-800">{t("mine.cancelledSeminar")}</p>
            ) : (
              <>
                <PlacesByMode places={seminar.places} />
                {seminar.registrationDeadline && <p className="text-sm">{t("mine.deadline", { date: formatDateTime(locale, seminar.registrationDeadline, seminar.timeZone) })}</p>}
                {seminar.videoUrl && (
                  <p className="text-sm">
                    {t("details.video")}:{" "}
                    <a className="text-brand-700 underline" href={seminar.videoUrl}>
                      {seminar.videoUrl}
                    </a>
                  </p>
                )}
                {seminar.preWork && (
                  <p className="text-sm">
                    <span className="font-medium">{t("details.preWork")}:</span> {seminar.preWork}
                  </p>
                )}
                {seminar.agendaItems.length > 0 && (
                  <details>
                    <summary className="cursor-pointer font-medium">{t("details.agenda")}</summary>
                    <ul className="pl-5">
                      {seminar.agendaItems.map((item) => (
                        <li key={item.id}>
                          {utcToZonedLocal(item.startsAt, seminar.timeZone).slice(11)} {item.title}
                          {item.presenter && ` (${item.presenter})`}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
                {seminar.materials.length > 0 && (
                  <ul className="pl-5 text-sm">
                    {seminar.materials.map((material) => (
                      <li key={material.id}>
                        <a className="text-brand-700 underline" href={material.url}>
                          {material.title}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
                {seminar.mine && (
                  <p className="font-medium" role="status">
                    {seminar.mine.status === "WAITLISTED"
                      ? t("mine.waitlisted", { position: seminar.mine.position ?? 0, mode: t(`mode.${seminar.mine.mode as Mode}`) })
                      : t("mine.registeredAs", { mode: t(`mode.${seminar.mine.mode as Mode}`) })}
                  </p>
                )}
                {open ? (
                  <RegistrationForm
                    seminarId={seminar.id}
                    seminarLabel={label}
                    mode={seminar.mine?.mode ?? null}
                    registered={seminar.mine !== null}
                    full={{ IN_PERSON: seminar.places.IN_PERSON.isFull, REMOTE: seminar.places.REMOTE.isFull }}
                  />
                ) : (
                  <p className="text-sm">{t("mine.closed")}</p>
                )}
              </>
            )}
          </section>
        );
      })}
      <section aria-labelledby="my-feed-heading" className="card">
        <h2 id="my-feed-heading" className="mb-2 text-lg font-semibold">
          {t("mine.feedHeading")}
        </h2>
        <p id="my-feed-help" className="mb-2 text-sm text-slate-700">
          {t("mine.feedHelp")}
        </p>
        <label htmlFor="my-feed" className="font-medium">
          {t("mine.feedUrl")}
        </label>
        <input id="my-feed" readOnly value={feedUrl} aria-describedby="my-feed-help" className="input w-full" />
      </section>
    </div>
  );
}
