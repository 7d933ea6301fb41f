import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import type { listReadableCollaboratives } from "@/lib/collaboratives/data";

type Collaboratives = Awaited<ReturnType<typeof listReadableCollaboratives>>;

/** The collaboratives a user may read, with dates, status and the teams the user may see. */
export async function CollaborativeList({ collaboratives }: { collaboratives: Collaboratives }) {
  const t = await getTranslations("collaboratives");
  const tEnums = await getTranslations("enums");
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  if (collaboratives.length === 0) return <p>{t("none")}</p>;
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t("name")}</th>
          <th scope="col">{t("topic")}</th>
          <th scope="col">{t("status")}</th>
          <th scope="col">{t("period")}</th>
          <th scope="col">{t("teams")}</th>
        </tr>
      </thead>
      <tbody>
        {collaboratives.map((collaborative) => (
          <tr key={collaborative.id}>
            <th scope="row">
              <Link className="text-brand-700 underline" href={`/collaboratives/${collaborative.id}`}>
                {collaborative.name}
              </Link>
            </th>
            <td>{collaborative.topic}</td>
            <td>{tEnums(`collaborativeStatus.${collaborative.status}`)}</td>
            <td>
              {formatDate(locale, collaborative.startDate, collaborative.timeZone)} – {formatDate(locale, collaborative.endDate, collaborative.timeZone)}
            </td>
            <td>{collaborative.teamCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
