import { describe, expect, it } from "vitest";
import { formatNumber, isoWeekOf, parseDecimal } from "@/lib/i18n/format";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";

describe("locale formats", () => {
  it("writes decimals with a comma in Danish, Swedish and Norwegian and a point in English", () => {
    expect(formatNumber("da", 12.5)).toBe("12,5");
    expect(formatNumber("sv", 12.5)).toBe("12,5");
    expect(formatNumber("nb", 12.5)).toBe("12,5");
    expect(formatNumber("en", 12.5)).toBe("12.5");
  });

  it("gives ISO 8601 week numbers, also across the year boundary", () => {
    expect(isoWeekOf(new Date(Date.UTC(2026, 10, 23)))).toEqual({ week: 48, year: 2026 });
    // 1 January 2027 is a Friday: it belongs to week 53 of 2026.
    expect(isoWeekOf(new Date(Date.UTC(2027, 0, 1)))).toEqual({ week: 53, year: 2026 });
    // 29 December 2025 is a Monday in week 1 of 2026.
    expect(isoWeekOf(new Date(Date.UTC(2025, 11, 29)))).toEqual({ week: 1, year: 2026 });
  });

  it("reads numbers as people type them, with a decimal comma or point", () => {
    expect(parseDecimal("12,5")).toBe(12.5);
    expect(parseDecimal("12.5")).toBe(12.5);
    expect(parseDecimal(" 1 234,5 ")).toBe(1234.5);
    expect(parseDecimal("1.234,5")).toBe(1234.5);
    expect(parseDecimal("1,234.5")).toBe(1234.5);
    expect(parseDecimal("abc")).toBeNull();
    expect(parseDecimal("1,2,3")).toBeNull();
    expect(parseDecimal("")).toBeNull();
  });

  it("picks the language from the browser, Norwegian variants included, else Danish", () => {
    expect(localeFromAcceptLanguage("sv-SE,sv;q=0.9")).toBe("sv");
    expect(localeFromAcceptLanguage("no;q=0.9,en;q=0.5")).toBe("nb");
    expect(localeFromAcceptLanguage("de-DE")).toBe("da");
    expect(localeFromAcceptLanguage(null)).toBe("da");
  });
});
