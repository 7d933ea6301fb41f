import { getTranslations } from "next-intl/server";
import { formatDate, formatMonth } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { scoreKey } from "@/lib/reports/rules";
import type { TeamStoryboard } from "@/lib/storyboard/data";

/** Who the team is: microsystem, collaborative, organisation, contact persons, size, print date, latest score. */
export async function StoryboardHeader({ storyboard, locale, printedAt }: { storyboard: TeamStoryboard; locale: Locale; printedAt: Date }) {
  const t = await getTranslations("storyboard");
  const tEnums = await getTranslations("enums");
  const tScale = await getTranslations("assessments.scale");
  const { team, contactPersonNames, memberCount, latestAssessment } = storyboard;

  const facts: { label: string; value: string }[] = [
    { label: t("microsystem"), value: `${team.microsystemName} (${tEnums(`microsystemKind.${team.microsystemKind}`)})` },
    { label: t("collaborative"), value: team.collaborativeName },
    { label: t("organisation"), value: team.organisationName },
    {
      label: t("contactPersons", { count: contactPersonNames.length }),
      value: contactPersonNames.length > 0 ? contactPersonNames.join(", ") : t("noContactPerson"),
    },
    { label: t("members"), value: t("memberCount", { count: memberCount }) },
    {
      label: t("latestScore"),
      value: latestAssessment
        ? t("latestScoreValue", { label: tScale(`${scoreKey(latestAssessment.score)}.label`), month: formatMonth(locale, latestAssessment.month) })
        : t("noScore"),
    },
    { label: t("printedOn"), value: formatDate(locale, printedAt, team.timeZone, "long") },
  ];

  return (
    <header className="flex flex-col gap-3">
      <div>
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("kicker")}</p>
        <h1 className="text-3xl font-semibold">{team.name}</h1>
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr] print:grid-cols-[max-content_1fr]">
        {facts.map((fact) => (
          <div key={fact.label} className="contents">
            <dt className="font-semibold">{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
