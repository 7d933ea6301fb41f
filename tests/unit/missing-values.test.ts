import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { dateSchema } from "@/lib/collaboratives/schema";
import { LOCALES } from "@/lib/i18n/locales";
import { agendaItemSchema, createSeminarSchema } from "@/lib/seminars/schema";
import { addMemberSchema, aimHelperSchema } from "@/lib/teams/schema";
import { createUserSchema } from "@/lib/users/schema";

// Issue 17, item 5: an empty field said "Forkert format."; it now says what is missing.
const keysOf = (result: { success: boolean; error?: Parameters<typeof toFieldErrors>[0] }) => (result.error ? toFieldErrors(result.error) : {});

describe("an empty required field says what is missing", () => {
  it("a date", () => {
    expect(keysOf(dateSchema.safeParse(""))).toEqual({ _form: ["dateRequired"] });
    expect(keysOf(dateSchema.safeParse("1. marts"))).toEqual({ _form: ["invalidFormat"] });
    const aim = { direction: "reduce", what: "Fald", amount: "20", unit: "%", byDate: "" };
    expect(keysOf(aimHelperSchema.safeParse(aim))).toEqual({ byDate: ["dateRequired"] });
  });

  it("a seminar's start and end, and an agenda item's time", () => {
    const seminar = { collaborativeId: "k1", number: 1, title: "Læringsseminar 1", timeZone: "Europe/Copenhagen", startsAt: "", endsAt: "2027-03-04T15:00" };
    expect(keysOf(createSeminarSchema.safeParse(seminar))).toEqual({ startsAt: ["dateTimeRequired"] });
    expect(keysOf(agendaItemSchema.safeParse({ time: "", title: "Velkomst" }))).toEqual({ time: ["timeRequired"] });
    expect(keysOf(agendaItemSchema.safeParse({ time: "9", title: "Velkomst" }))).toEqual({ time: ["invalidFormat"] });
  });

  it("an e-mail address", () => {
    expect(keysOf(addMemberSchema.safeParse({ teamId: "t1", email: " ", role: "MEMBER" }))).toEqual({ email: ["required"] });
    expect(keysOf(addMemberSchema.safeParse({ teamId: "t1", email: "ikke-en-adresse", role: "MEMBER" }))).toEqual({ email: ["invalidFormat"] });
    expect(keysOf(createUserSchema.safeParse({ name: "Ny", email: "", role: "STAFF", locale: "da" })).email).toEqual(["required"]);
  });
});

describe("the catalogues' words", () => {
  const messages = (locale: string) => JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8"));

  it.each(LOCALES)("%s has a message for every new missing-value key", (locale) => {
    const t = createTranslator({ locale, messages: messages(locale) });
    for (const key of ["dateRequired", "dateTimeRequired", "timeRequired", "required"]) expect(t(`errors.field.${key}`)).not.toBe(t("errors.field.invalidFormat"));
  });

  it("one cell with an error is 'it', several are 'them'", () => {
    const expected: Record<string, [string, string]> = { da: ["Ret den", "Ret dem"], sv: ["Rätta den", "Rätta dem"], nb: ["Rett den", "Rett dem"], en: ["Correct it", "Correct them"] };
    for (const locale of LOCALES) {
      const t = createTranslator({ locale, messages: messages(locale) });
      expect(t("dataEntry.rules.cellErrors", { count: 1 })).toContain(expected[locale][0]);
      expect(t("dataEntry.rules.cellErrors", { count: 1 })).not.toContain(expected[locale][1]);
      expect(t("dataEntry.rules.cellErrors", { count: 3 })).toContain(expected[locale][1]);
    }
  });

  it("a seminar overlap names the forbedringsfællesskab, in the glossary's word for each language", () => {
    const words: Record<string, string> = { da: "forbedringsfællesskabet", sv: "genombrottsprogrammet", nb: "læringsnettverket", en: "collaborative" };
    for (const locale of LOCALES) {
      const t = createTranslator({ locale, messages: messages(locale) });
      expect(t("seminars.rules.overlap")).toContain(words[locale]);
    }
    const danish = JSON.stringify(messages("da"));
    expect(danish).not.toMatch(/samarbejd/i);
  });

  it("the sort buttons' states are words", () => {
    const t = createTranslator({ locale: "da", messages: messages("da") });
    expect(["ascending", "descending", "none"].map((state) => t("dashboardPages.teams.sortState", { state }))).toEqual(["sorteret stigende", "sorteret faldende", "ikke sorteret"]);
  });
});
