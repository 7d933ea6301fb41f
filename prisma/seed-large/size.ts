// How big the large data set is. `npm run seed:large` and `npm run bench` use LARGE_SIZE; the
// integration test seeds a small one of the same shape.

export type LargeSize = {
  /** Teams in each of the three collaboratives. */
  teamsPerCollaborative: number;
  /** Weeks of data before the current week (every team started that many weeks ago). */
  weeks: number;
  /** PDSA cycles of each team (6,000 in all at full size). */
  cyclesPerTeam: number;
};

export const LARGE_SIZE: LargeSize = { teamsPerCollaborative: 100, weeks: 156, cyclesPerTeam: 20 };

/** The three collaboratives of the large region: two of hospital wards, one of municipal care units. */
export const LARGE_COLLABORATIVES = [
  { key: "nordvest", name: "Patientsikkert sygehus – Nord og Vest", setting: "hospital" },
  { key: "sydoest", name: "Patientsikkert sygehus – Syd og Øst", setting: "hospital" },
  { key: "kommuner", name: "Patientsikker kommune", setting: "municipal" },
] as const;

export type LargeCollaborativeKey = (typeof LARGE_COLLABORATIVES)[number]["key"];

/** The sign-ins of the large data set (password: the demo password). */
export const LARGE_SIGN_INS = {
  admin: "admin@samspil.demo",
  secretariat: "sekretariat@samspil.demo",
  manager: "leder@samspil.demo",
  contact: "kontakt@samspil.demo",
} as const;
