// The demo sign-ins, one per role. Shown on the sign-in page only in demo mode (lib/demo/mode.ts)
// and listed in the README. Invented people only.
export const DEMO_PASSWORD = "samspil-demo";

export const DEMO_USERS = [
  { key: "admin", email: "admin@samspil.demo", name: "Astrid Holm", role: "ADMIN", locale: "da" },
  { key: "secretariat", email: "sekretariat@samspil.demo", name: "Mette Skov", role: "SECRETARIAT", locale: "da" },
  { key: "manager", email: "leder@samspil.demo", name: "Jens Bruun", role: "MANAGER", locale: "da" },
  { key: "contact", email: "kontakt@samspil.demo", name: "Line Dahl", role: "STAFF", locale: "da" },
  { key: "member", email: "medlem@samspil.demo", name: "Karim Nørgaard", role: "STAFF", locale: "da" },
  { key: "patientRep", email: "patient@samspil.demo", name: "Else Vang", role: "STAFF", locale: "da" },
  { key: "contactNo", email: "kontakt.no@samspil.demo", name: "Ingrid Solberg", role: "STAFF", locale: "nb" },
  { key: "secretariatNo", email: "sekretariat.no@samspil.demo", name: "Ola Berge", role: "SECRETARIAT", locale: "nb" },
] as const;

export type DemoUserKey = (typeof DEMO_USERS)[number]["key"];
