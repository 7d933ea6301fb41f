// Users of the large region: the sign-ins (password hashed once, by the caller) and invented team
// members without a password, named from short first-name and surname lists; they stand for nobody.
import type { Rng } from "../seed/random";
import type { DemoData } from "../seed/types";
import { LARGE_SIGN_INS } from "./size";
import { newCalendarToken } from "../../lib/seminars/calendar-token";

const FIRST_NAMES = [
  "Sofie", "Mads", "Camilla", "Rasmus", "Louise", "Anders", "Signe", "Thomas", "Maria", "Henrik",
  "Julie", "Mikkel", "Katrine", "Søren", "Pernille", "Jakob", "Trine", "Martin", "Hanne", "Niels",
  "Lærke", "Birgitte", "Emil", "Sidsel", "Kasper", "Tove", "Morten", "Nanna", "Bo", "Vibeke",
];
const SURNAMES = [
  "Lindberg", "Kjær", "Bech", "Friis", "Mølgaard", "Thygesen", "Krog", "Vestergaard", "Dam", "Borup",
  "Holst", "Winther", "Lauridsen", "Skovgaard", "Ravn", "Kirk", "Bak", "Storm", "Juhl", "Lykke",
];

function emailLocalPart(name: string): string {
  return name.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa").replace(/[^a-z]+/g, ".");
}

export type LargePeople = {
  adminId: string;
  secretariatId: string;
  managerId: string;
  /** The contact person who signs in (contact person of the first team). */
  contactId: string;
  /** A new invented staff member; returns the id. */
  invent(): string;
};

export function buildPeople(data: DemoData, newId: () => string, rng: Rng, passwordHash: string, createdAt: Date): LargePeople {
  const signIn = (email: string, name: string, role: string) => {
    const id = newId();
    data.user.push({ id, email, name, role, locale: "da", passwordHash, createdAt, calendarToken: newCalendarToken() });
    return id;
  };
  let count = 0;
  return {
    adminId: signIn(LARGE_SIGN_INS.admin, "Astrid Holm", "ADMIN"),
    secretariatId: signIn(LARGE_SIGN_INS.secretariat, "Mette Skov", "SECRETARIAT"),
    managerId: signIn(LARGE_SIGN_INS.manager, "Jens Bruun", "MANAGER"),
    contactId: signIn(LARGE_SIGN_INS.contact, "Line Dahl", "STAFF"),
    invent: () => {
      count++;
      const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
      const id = newId();
      data.user.push({ id, email: `${emailLocalPart(name)}.${count}@vesterhav.samspil.demo`, name, role: "STAFF", locale: "da", passwordHash: null, createdAt, calendarToken: newCalendarToken() });
      return id;
    },
  };
}
