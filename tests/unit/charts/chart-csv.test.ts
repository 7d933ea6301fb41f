import { describe, expect, it } from "vitest";
import { buildCsv, downloadFilename, formatCsvNumber } from "@/components/charts/chart-csv";

describe("CSV download", () => {
  it("writes numbers with a decimal comma in Danish, Swedish and Norwegian, a point in English", () => {
    expect(formatCsvNumber("da", 63.33333333)).toBe("63,3333");
    expect(formatCsvNumber("sv", 1234.5)).toBe("1234,5");
    expect(formatCsvNumber("nb", -0.25)).toBe("-0,25");
    expect(formatCsvNumber("en", 63.33333333)).toBe("63.3333");
    expect(formatCsvNumber("da", 12)).toBe("12");
    expect(formatCsvNumber("da", -0.00001)).toBe("0");
  });

  it("starts with a byte-order mark and separates Danish fields with semicolons", () => {
    const csv = buildCsv("da", ["Periode", "Værdi", "Note"], [["uge 12, 2026", 63.5, "ny; tjekliste"], ["uge 13, 2026", null, 'sagt "nej"']]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual(["Periode;Værdi;Note", 'uge 12, 2026;63,5;"ny; tjekliste"', 'uge 13, 2026;;"sagt ""nej"""', ""]);
  });

  it("separates English fields with commas and quotes text that holds one", () => {
    const csv = buildCsv("en", ["Period", "Value"], [["week 12, 2026", 63.5]]);
    expect(csv.slice(1).split("\r\n")[1]).toBe('"week 12, 2026",63.5');
  });

  it("names the file after the measure and the team in plain ASCII", () => {
    expect(downloadFilename(["Faldskader pr. 1000 sengedøgn", "Medicinsk afsnit M3"], "csv")).toBe("faldskader-pr-1000-sengedoegn-medicinsk-afsnit-m3.csv");
    expect(downloadFilename(["Trycksår på avdelning Ö"], "png")).toBe("trycksaar-paa-avdelning-oe.png");
    expect(downloadFilename(["…"], "png")).toBe("chart.png");
  });
});
