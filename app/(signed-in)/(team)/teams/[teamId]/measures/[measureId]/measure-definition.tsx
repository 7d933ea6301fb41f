import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { TeamMeasureChart } from "@/lib/measures/data";
import { hasDenominator } from "@/lib/measures/value";

/** The measure's definition beside its chart: what is counted, how often, which way is better. */
export async function MeasureDefinition({ loaded, locale }: { loaded: TeamMeasureChart; locale: Locale }) {
  const t = await getTranslations("measurePage");
  const tEnums = await getTranslations("enums");
  const tCharts = await getTranslations("charts");
  const { measure, setting, chart } = loaded;
  const enumText = (group: string, value: string | null) => (value ? tEnums(`${group}.${value}`) : t("notSet"));
  const items: { label: string; value: string }[] = [
    { label: t("owner"), value: measure.isTeamOwn ? t("teamOwn") : t("shared") },
    { label: t("type"), value: enumText("measureType", measure.type) },
    { label: t("kind"), value: enumText("measureKind", measure.kind) },
    { label: t("unit"), value: measure.unit || t("notSet") },
    { label: t("frequency"), value: enumText("frequency", measure.frequency) },
    { label: t("direction"), value: enumText("direction", measure.direction) },
    { label: t("goal"), value: measure.goal !== null ? `${formatNumber(locale, measure.goal)}${measure.unit ? ` ${measure.unit}` : ""}` : t("notSet") },
    { label: t("compassPoint"), value: enumText("compassPoint", measure.compassPoint) },
    { label: t("chartType"), value: tCharts(`kind.${chart}`) },
    { label: t("rules"), value: tCharts(`ruleSet.${measure.rules === "IHI" || measure.rules === "MDC" ? measure.rules : "ANHOEJ"}`) },
  ];
  if (setting.baselineCount !== null) items.push({ label: t("baseline"), value: t("baselineValue", { count: setting.baselineCount }) });
  if (setting.phaseSplits.length > 0) items.push({ label: t("phases"), value: t("phasesValue", { splits: setting.phaseSplits.join(", ") }) });
  const texts: { label: string; value: string }[] = [{ label: t("operationalDefinition"), value: measure.operationalDefinition }];
  if (hasDenominator(measure.kind)) {
    texts.push({ label: t("numeratorDefinition"), value: measure.numeratorDefinition }, { label: t("denominatorDefinition"), value: measure.denominatorDefinition });
  }
  return (
    <aside aria-labelledby="definition-heading" className="card">
      <h2 id="definition-heading" className="text-lg font-semibold">
        {t("definition")}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {items.map((item) => (
          <div key={item.label} className="contents">
            <dt className="text-slate-600">{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
      <dl className="mt-4 flex flex-col gap-3 text-sm">
        {texts.map((item) => (
          <div key={item.label}>
            <dt className="font-medium">{item.label}</dt>
            <dd className="mt-0.5 whitespace-pre-line text-slate-800">{item.value || t("notSet")}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
