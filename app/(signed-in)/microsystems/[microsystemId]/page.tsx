import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MicrosystemForm } from "@/components/microsystems/microsystem-form";
import { Alert } from "@/components/ui/alert";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, TIME_ZONES, isLocale } from "@/lib/i18n/locales";
import { getMicrosystemProfile } from "@/lib/microsystems/data";
import { PROFILE_FIELDS } from "@/lib/microsystems/rules";
import { ProfileForm } from "./profile-form";
import { microsystemPageTitle } from "@/lib/navigation/page-titles";

export async function generateMetadata({ params }: { params: Promise<{ microsystemId: string }> }) {
  return microsystemPageTitle((await params).microsystemId);
}

export default async function MicrosystemPage({
  params,
  searchParams,
}: {
  params: Promise<{ microsystemId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { microsystemId } = await params;
  const page = await getMicrosystemProfile(prisma, user, microsystemId);
  if (!page) notFound();
  const t = await getTranslations("microsystems");
  // The create form lands here: the new microsystem is confirmed on its own page.
  const created = (await searchParams).created === "1";
  const tEnums = await getTranslations("enums");
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  const { microsystem, history } = page;
  const latest = history[0] ?? null;
  const when = (date: Date) => formatDateTime(locale, date, TIME_ZONES[locale]);

  return (
    <div className="flex flex-col gap-6">
      <div>
        <p className="text-sm text-slate-600">
          {tEnums(`microsystemKind.${microsystem.kind}`)} · {microsystem.organisation.name}
        </p>
        <h1 className="text-2xl font-semibold">{microsystem.name}</h1>
      </div>
      {created && (
        <Alert tone="success" announce>
          {t("form.created")}
        </Alert>
      )}

      {microsystem.teams.length > 0 && (
        <section aria-labelledby="microsystem-teams-heading" className="card">
          <h2 id="microsystem-teams-heading" className="text-lg font-semibold">
            {t("detail.teamsHeading")}
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {microsystem.teams.map((team) => (
              <li key={team.id}>
                {t("detail.teamLine", { team: team.name, collaborative: team.collaborative.name, status: tEnums(`teamStatus.${team.status}`) })}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="profile-heading" className="card">
        <h2 id="profile-heading" className="text-lg font-semibold">
          {t("profile.heading")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          {latest ? t("profile.latest", { date: when(latest.createdAt) }) : t("profile.noneYet")} {t("profile.intro")}
        </p>
        {page.canEditProfile ? (
          <ProfileForm microsystemId={microsystem.id} latest={latest} />
        ) : latest ? (
          <dl className="grid gap-2">
            {PROFILE_FIELDS.map((field) => (
              <div key={field}>
                <dt className="font-semibold">{t(`profile.fields.${field}.label`)}</dt>
                <dd className="whitespace-pre-line">{latest[field] || "—"}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </section>

      <section aria-labelledby="history-heading" className="card">
        <h2 id="history-heading" className="text-lg font-semibold">
          {t("history.heading")}
        </h2>
        {history.length === 0 ? (
          <p className="mt-1">{t("history.none")}</p>
        ) : (
          <ol className="mt-2 flex flex-col gap-4">
            {history.map((version, index) => (
              <li key={version.id} className="rounded border border-slate-200 p-3">
                <h3 className="font-semibold">
                  {t("history.version", { number: history.length - index, date: when(version.createdAt) })}
                </h3>
                {version.authorName && <p className="text-sm text-slate-700">{t("history.by", { name: version.authorName })}</p>}
                <table className="data-table mt-2">
                  <caption className="sr-only">{t("history.changesCaption", { number: history.length - index })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("history.field")}</th>
                      <th scope="col">{t("history.change")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {version.changes.map((change) => (
                      <tr key={change.field}>
                        <th scope="row">{t(`profile.fields.${change.field}.label`)}</th>
                        <td className={change.changed ? "font-semibold" : undefined}>{change.changed ? t("history.changed") : t("history.unchanged")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <details className="mt-2">
                  <summary className="cursor-pointer text-brand-700 underline">{t("history.showText", { number: history.length - index })}</summary>
                  <dl className="mt-2 grid gap-2">
                    {PROFILE_FIELDS.map((field) => (
                      <div key={field}>
                        <dt className="font-semibold">{t(`profile.fields.${field}.label`)}</dt>
                        <dd className="whitespace-pre-line">{version[field] || "—"}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              </li>
            ))}
          </ol>
        )}
      </section>

      {page.canEdit && (
        <section aria-labelledby="microsystem-edit-heading" className="card">
          <h2 id="microsystem-edit-heading" className="mb-2 text-lg font-semibold">
            {t("detail.editHeading")}
          </h2>
          <MicrosystemForm
            organisations={page.organisations}
            values={{ microsystemId: microsystem.id, name: microsystem.name, kind: microsystem.kind, organisationId: microsystem.organisationId }}
          />
        </section>
      )}
    </div>
  );
}
