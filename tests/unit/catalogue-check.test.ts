import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { compareCatalogues, dottedKeys, placeholders } from "@/lib/i18n/catalogue-check";
import { LOCALES } from "@/lib/i18n/locales";

const catalogue = (locale: string) => JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"));

describe("message catalogue check", () => {
  it("reports missing, extra and empty keys", () => {
    const problems = compareCatalogues({ a: { b: "x", c: "y" }, d: "z" }, { a: { b: "x", e: "q" }, d: " " });
    expect(problems).toEqual(["missing key a.c", "empty message d", "extra key a.e"]);
  });

  it("reports messages whose placeholders differ, looking only at top-level ICU arguments", () => {
    expect(placeholders("{count, plural, one {# team} other {# teams}} in {region}")).toEqual(["count", "region"]);
    expect(compareCatalogues({ m: "uge {week}" }, { m: "week {wk}" })).toEqual(["placeholders differ in m"]);
    expect(compareCatalogues({ m: "uge {week}" }, { m: "week {week}" })).toEqual([]);
  });

  it("refuses a key that contains a dot, which next-intl would throw on", () => {
    const withDot = { pdsa: { rules: { "idea.invalidMove": "x", stepIncomplete: "y" } } };
    expect(dottedKeys(withDot)).toEqual(['pdsa.rules."idea.invalidMove"']);
    expect(compareCatalogues(withDot, withDot)).toEqual(['key with a dot pdsa.rules."idea.invalidMove"']);
    expect(compareCatalogues({ a: "x" }, { a: "x", "b.c": { d: "y" } })).toEqual(['key with a dot "b.c"', "extra key b.c.d"]);
    expect(dottedKeys({ pdsa: { rules: { idea: { invalidMove: "x" } } } })).toEqual([]);
  });
});

describe("the real catalogues", () => {
  it.each(LOCALES)("%s has no dotted key and names the refused idea move of a new cycle", (locale) => {
    const messages = catalogue(locale);
    expect(dottedKeys(messages)).toEqual([]);
    // createCycle refuses with rule "idea.invalidMove"; the form reads pdsa.rules.<rule> first (components/ui/action-messages.ts).
    const t = createTranslator({ locale, messages });
    expect(t.has("pdsa.rules.idea.invalidMove")).toBe(true);
    expect(t("pdsa.rules.idea.invalidMove")).not.toBe(t("errors.codes.RULE_VIOLATION"));
  });
});
