import { describe, expect, it } from "vitest";
import { compareCatalogues, placeholders } from "@/lib/i18n/catalogue-check";

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
});
