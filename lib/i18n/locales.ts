// The four languages of Samspil; Danish is the default (PRODUCT.md §7).
export const LOCALES = ["da", "sv", "nb", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "da";
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** BCP 47 tags for Intl: they decide the decimal comma and the date order. */
export const INTL_TAGS: Record<Locale, string> = { da: "da-DK", sv: "sv-SE", nb: "nb-NO", en: "en-GB" };

/** The default display time zone for each language's country. */
export const TIME_ZONES: Record<Locale, string> = {
  da: "Europe/Copenhagen",
  sv: "Europe/Stockholm",
  nb: "Europe/Oslo",
  en: "Europe/Copenhagen",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Picks the first supported language from an Accept-Language header, else Danish. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  for (const part of (header ?? "").split(",")) {
    const tag = part.split(";")[0].trim().toLowerCase();
    const base = tag.split("-")[0];
    if (isLocale(base)) return base;
    if (base === "no" || base === "nn") return "nb";
  }
  return DEFAULT_LOCALE;
}
