// Locale formats for the charts: numbers with the reader's decimal mark, ISO weeks ("uge 12, 2026")
// and months. A hook because the words come from the catalogue of the signed-in user's language.
import { useMemo } from "react";
import { useLocale, useTranslations } from "next-intl";
import { dateFormat, formatMonth, formatNumber, isoWeekOf } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { parseIsoDay, type Frequency } from "@/lib/measures/periods";

/** Decimals shown for a value: fewer for large numbers, more for small proportions and rates. */
export function displayDigits(value: number): number {
  const size = Math.abs(value);
  return size >= 10 ? 1 : size >= 1 ? 2 : 3;
}

export interface ChartFormat {
  locale: Locale;
  number: (value: number | null) => string;
  /** "uge 12, 2026" or "marts 2026". */
  period: (day: string) => string;
  /** Axis ticks: "uge 12" or "mar.", with the year apart. */
  periodShort: (day: string) => { label: string; year: number };
  date: (day: string) => string;
}

export function useChartFormat(frequency: Frequency): ChartFormat {
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const t = useTranslations("charts");
  return useMemo(() => {
    const shortMonth = dateFormat(locale, { month: "short", timeZone: "UTC" });
    const dayFormat = dateFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
    return {
      locale,
      number: (value) => (value === null ? "" : formatNumber(locale, value, displayDigits(value))),
      period: (day) => {
        const date = parseIsoDay(day);
        if (frequency === "MONTHLY") return formatMonth(locale, date);
        const { week, year } = isoWeekOf(date);
        return t("weekLong", { week, year });
      },
      periodShort: (day) => {
        const date = parseIsoDay(day);
        if (frequency === "MONTHLY") return { label: shortMonth.format(date), year: date.getUTCFullYear() };
        const { week, year } = isoWeekOf(date);
        return { label: t("weekShort", { week }), year };
      },
      date: (day) => dayFormat.format(parseIsoDay(day)),
    };
  }, [locale, frequency, t]);
}
