import { describe, expect, it } from "vitest";
import { detectSeparator, formatCsv, formatCsvNumber, parseCsv, parseImport, safeText } from "@/lib/measurements/csv";

describe("CSV reading", () => {
  it("detects ';' and ',' from the header line", () => {
    expect(detectSeparator("measure;period;numerator\n")).toBe(";");
    expect(detectSeparator("measure,period,numerator\n")).toBe(",");
    expect(detectSeparator('"a;b",c,d\n')).toBe(",");
  });
  it("handles quoted fields with separators, doubled quotes and line breaks, a BOM and CRLF", () => {
    const text = '\uFEFFa;b;c\r\n"x;y";"say ""hi""";"two\nlines"\r\n\r\nlast;;\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["x;y", 'say "hi"', "two\nlines"] },
      { line: 5, fields: ["last", "", ""] },
    ]);
  });
  it("reads import rows with decimal comma or point, in either separator", () => {
    const semicolon = parseImport("measure;period;numerator;denominator;note\nFald;2026-W12;12,5;;ny rutine\n");
    expect(semicolon.rows).toEqual([{ line: 2, measure: "Fald", period: "2026-W12", numerator: 12.5, denominator: null, note: "ny rutine", errors: [] }]);
    const comma = parseImport('Measure,Period,Numerator,Denominator,Note\nFald,2026-03,"3,5",10.0,"a, b"\n');
    expect(comma.rows[0]).toMatchObject({ numerator: 3.5, denominator: 10, note: "a, b", errors: [] });
  });
  it("reports row problems and a missing header", () => {
    expect(parseImport("foo;bar\n1;2\n").headerError).toBe("missingColumns");
    expect(parseImport("").headerError).toBe("empty");
    const { rows } = parseImport("measure;period;numerator\n;2026-W12;abc\nFald;;\n");
    expect(rows[0].errors).toEqual(["measureRequired", "notANumber"]);
    expect(rows[1].errors).toEqual(["periodRequired", "numeratorRequired"]);
  });
});

describe("CSV writing", () => {
  it("quotes what needs it, writes a BOM and CRLF, and decimal commas in ';' files", () => {
    expect(formatCsv([["measure", "note"], ["Fald; alle", 'sagde "ja"']])).toBe('\uFEFFmeasure;note\r\n"Fald; alle";"sagde ""ja"""\r\n');
    expect(formatCsvNumber(12.5)).toBe("12,5");
    expect(formatCsvNumber(12.5, ",")).toBe("12.5");
    expect(formatCsvNumber(null)).toBe("");
  });
  it("round-trips through the reader", () => {
    const text = formatCsv([["measure", "period", "numerator", "denominator", "note"], ["A;B", "2026-W01", "1,5", "", 'x "y"\nz']]);
    expect(parseImport(text).rows[0]).toMatchObject({ measure: "A;B", numerator: 1.5, note: 'x "y"\nz' });
  });
  it("defuses spreadsheet formulas in text", () => {
    expect(safeText("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(safeText("Fald")).toBe("Fald");
  });
});
