import { describe, expect, it } from "vitest";
import { containsPersonalIdentifier } from "@/lib/privacy/personal-id";
import { freeText } from "@/lib/privacy/schema";

describe("personal identity numbers in free text", () => {
  it("finds a Danish CPR number with or without the dash", () => {
    expect(containsPersonalIdentifier("Patient 010190-1234 faldt")).toBe(true);
    expect(containsPersonalIdentifier("cpr 0101901234")).toBe(true);
  });

  it("finds a Swedish personnummer with a valid check digit, short and long form", () => {
    // 811218-9876 is the Swedish Tax Agency's published example number (valid Luhn check digit).
    expect(containsPersonalIdentifier("pnr 811218-9876")).toBe(true);
    expect(containsPersonalIdentifier("19811218-9876")).toBe(true);
  });

  it("finds a Norwegian fødselsnummer with both mod-11 check digits", () => {
    // 01010750160 is a commonly used synthetic test number with valid check digits.
    expect(containsPersonalIdentifier("fnr 01010750160")).toBe(true);
  });

  it("finds a CPR number whatever the separator, width or invisible characters (issue 16)", () => {
    const forms = [
      "CPR-010190-1234",
      "cpr: 010190–1234", // en dash, as word processors write it
      "010190—1234", // em dash
      "010190/1234",
      "01.01.90-1234",
      "01-01-90-1234",
      "010190  1234", // two spaces
      "010190_1234",
      "０１０１９０－１２３４", // full-width digits and hyphen
      "010190\u200b-1234", // a zero-width space inside
      "0101\u200b901234",
      "010190\u00a01234", // no-break space
    ];
    for (const form of forms) expect(containsPersonalIdentifier(form), form).toBe(true);
  });

  it("finds Swedish and Norwegian numbers with the same separators", () => {
    expect(containsPersonalIdentifier("pnr 811218–9876")).toBe(true);
    expect(containsPersonalIdentifier("19811218/9876")).toBe(true);
    expect(containsPersonalIdentifier("fnr 010107 50160")).toBe(true);
    expect(containsPersonalIdentifier("fnr 010107\u200b50160")).toBe(true);
    expect(containsPersonalIdentifier("fnr ０１０１０７５０１６０")).toBe(true);
  });

  it("still leaves ordinary text with dates, ranges and counts alone", () => {
    expect(containsPersonalIdentifier("Uge 01.01.2026–31.03.2026: 12 fald")).toBe(false);
    expect(containsPersonalIdentifier("Fra 2026-01-05 til 2026-03-30")).toBe(false);
    expect(containsPersonalIdentifier("Telefon 12 34 56 78")).toBe(false);
    expect(containsPersonalIdentifier("Dato 32.01.90-1234 er ingen dato")).toBe(false);
    expect(containsPersonalIdentifier("Sengedage 2026: 1 200 / 1 350")).toBe(false);
    // A Norwegian-shaped number whose check digits do not hold is not a fødselsnummer.
    expect(containsPersonalIdentifier("nr 01010750161")).toBe(false);
  });

  it("leaves ordinary numbers, dates and measurements alone", () => {
    expect(containsPersonalIdentifier("Fald faldt fra 12 til 7 pr. 1000 sengedage i uge 12")).toBe(false);
    expect(containsPersonalIdentifier("Målt 2026-11-24, 35 af 40 patienter")).toBe(false);
    expect(containsPersonalIdentifier("Telefon 12345678")).toBe(false);
    expect(containsPersonalIdentifier("Dato 320190-1234 er ingen dato")).toBe(false);
  });

  it("the shared free-text schema refuses such text with the catalogue key", () => {
    const result = freeText().safeParse("Hr. Jensen 010190-1234");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("personalIdentifier");
    expect(freeText().safeParse("  Ny tjekliste  ").data).toBe("Ny tjekliste");
  });
});
