import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { MicrosystemForm } from "@/components/microsystems/microsystem-form";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, TIME_ZONES, isLocale } from "@/lib/i18n/locales";
import { listMicrosystems } from "@/lib/microsystems/data";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return { title: t("microsystems") };
}

export default async function MicrosystemsPage() {
  const user = await requireUser();
  const list = await listMicrosystems(prisma, user);
  if (!list) notFound();
  const t = await getTranslations("microsystems.list");
  const tEnums = await getTranslations("enums");
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <section aria-labelledby="microsystem-list-heading" className="card">
        <h2 id="microsystem-list-heading" className="mb-2 text-lg font-semibold">
          {t("listHeading")}
        </h2>
        {list.microsystems.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("kind")}</th>
                <th scope="col">{t("organisation")}</th>
                <th scope="col">{t("teams")}</th>
                <th scope="col">{t("profiledAt")}</th>
              </tr>
            </thead>
            <tbody>
              {list.microsystems.map((microsystem) => (
                <tr key={microsystem.id}>
                  <th scope="row">
                    <Link className="text-brand-700 underline" href={`/microsystems/${microsystem.id}`}>
                      {microsystem.name}
                    </Link>
                  </th>
                  <td>{tEnums(`microsystemKind.${microsystem.kind}`)}</td>
                  <td>{microsystem.organisation.name}</td>
                  <td>{microsystem.teamCount}</td>
                  <td>{microsystem.profiledAt ? formatDate(locale, microsystem.profiledAt, TIME_ZONES[locale]) : t("noProfile")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="microsystem-new-heading" className="card">
        <h2 id="microsystem-new-heading" className="mb-2 text-lg font-semibold">
          {t("newHeading")}
        </h2>
        <MicrosystemForm organisations={list.organisations} />
      </section>
    </div>
  );
}
