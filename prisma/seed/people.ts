// Users: the demo sign-ins (lib/demo/demo-users.ts, exactly as listed) and invented team members.
// Invented names are drawn from first-name and surname lists; they stand for nobody.
import { DEMO_USERS, type DemoUserKey } from "../../lib/demo/demo-users";
import type { Rng } from "./random";
import type { DemoData, Language } from "./types";
import { newCalendarToken } from "../../lib/seminars/calendar-token";

const FIRST_NAMES: Record<Language, string[]> = {
  da: [
    "Sofie", "Mads", "Camilla", "Rasmus", "Louise", "Anders", "Signe", "Thomas", "Maria", "Henrik",
    "Julie", "Mikkel", "Katrine", "Søren", "Pernille", "Jakob", "Trine", "Martin", "Hanne", "Niels",
    "Lærke", "Birgitte", "Emil", "Sidsel", "Kasper", "Tove", "Morten", "Nanna", "Bo", "Vibeke",
  ],
  nb: [
    "Kari", "Ole", "Silje", "Lars", "Marte", "Erik", "Hilde", "Knut", "Ragnhild", "Torbjørn",
    "Siri", "Håkon", "Ingvild", "Eirik", "Guro", "Sindre", "Tone", "Arne", "Live", "Vegard",
  ],
};

const SURNAMES: Record<Language, string[]> = {
  da: [
    "Lindberg", "Kjær", "Bech", "Friis", "Mølgaard", "Thygesen", "Krog", "Vestergaard", "Dam", "Borup",
    "Holst", "Winther", "Lauridsen", "Skovgaard", "Ravn", "Kirk", "Bak", "Storm", "Juhl", "Lykke",
  ],
  nb: [
    "Haugland", "Bakken", "Lie", "Moen", "Rønning", "Strand", "Dahle", "Myhre", "Berntsen", "Aasen",
    "Sæther", "Eide", "Tveit", "Lunde", "Brekke", "Vik", "Nygård", "Fossum",
  ],
};

export const DEMO_EMAIL_DOMAIN = "samspil.demo";

function emailLocalPart(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z]+/g, ".")
    .replace(/^\.|\.$/g, "");
}

export type People = {
  /** The id of a demo user. */
  demo(key: DemoUserKey): string;
  /** A new invented user (role STAFF unless given), returns the id. */
  invent(language: Language, role?: "STAFF" | "SECRETARIAT" | "MANAGER"): string;
  /** A person reference from a team spec: "demo:<key>" or "new". */
  resolve(reference: string, language: Language): string;
  nameOf(id: string): string;
};

export function buildPeople(data: DemoData, newId: () => string, rng: Rng, passwordHash: string, createdAt: Date): People {
  const demoIds = new Map<string, string>();
  const names = new Map<string, string>();
  const usedNames = new Set<string>(DEMO_USERS.map((user) => user.name));
  const usedEmails = new Set<string>(DEMO_USERS.map((user) => user.email));

  for (const user of DEMO_USERS) {
    const id = newId();
    demoIds.set(user.key, id);
    names.set(id, user.name);
    data.user.push({ id, email: user.email, name: user.name, role: user.role, locale: user.locale, passwordHash, createdAt, calendarToken: newCalendarToken() });
  }

  const invent = (language: Language, role: "STAFF" | "SECRETARIAT" | "MANAGER" = "STAFF"): string => {
    let name = "";
    for (let attempt = 0; attempt < 1000; attempt++) {
      name = `${rng.pick(FIRST_NAMES[language])} ${rng.pick(SURNAMES[language])}`;
      if (!usedNames.has(name)) break;
    }
    usedNames.add(name);
    let email = `${emailLocalPart(name)}@${DEMO_EMAIL_DOMAIN}`;
    for (let n = 2; usedEmails.has(email); n++) email = `${emailLocalPart(name)}${n}@${DEMO_EMAIL_DOMAIN}`;
    usedEmails.add(email);
    const id = newId();
    names.set(id, name);
    // No password: invented people cannot sign in; the demo sign-ins are the ones in DEMO_USERS.
    data.user.push({ id, email, name, role, locale: language, passwordHash: null, createdAt, calendarToken: newCalendarToken() });
    return id;
  };

  return {
    demo: (key) => demoIds.get(key)!,
    invent,
    resolve: (reference, language) => {
      if (reference.startsWith("demo:")) {
        const id = demoIds.get(reference.slice(5));
        if (!id) throw new Error(`Unknown demo user ${reference}`);
        return id;
      }
      return invent(language);
    },
    nameOf: (id) => names.get(id) ?? "",
  };
}
