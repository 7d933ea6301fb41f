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
