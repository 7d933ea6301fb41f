import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./pages/sign-in";

// Issue 17, item 7 (WCAG 2.4.2): every page's title says where you are, not just "Samspil".
// Each demo user visits the main pages of their role; a title must name the page (and the team,
// collaborative, seminar or microsystem it is about), in the user's language.

type Ids = { teamId: string; teamName: string; collaborativeId: string; collaborativeName: string; microsystemId: string; microsystemName: string; seminarId: string; seminarLabel: string };

/** The contact person's team and what hangs off it, read from the e2e server's demo database. */
function idsOf(contactEmail: string, seminarWord: string): Ids {
  const file = (process.env.E2E_DATABASE_URL ?? "file:./prisma/e2e.db").replace(/^file:/, "");
  const db = new Database(file, { readonly: true });
  try {
    const team = db
      .prepare(
        `SELECT Team.id AS teamId, Team.name AS teamName, Collaborative.id AS collaborativeId, Collaborative.name AS collaborativeName,
                Microsystem.id AS microsystemId, Microsystem.name AS microsystemName
         FROM Team JOIN Collaborative ON Collaborative.id = Team.collaborativeId JOIN Microsystem ON Microsystem.id = Team.microsystemId
         JOIN TeamMember ON TeamMember.teamId = Team.id AND TeamMember.role = 'CONTACT_PERSON' JOIN User ON User.id = TeamMember.userId
         WHERE User.email = ? LIMIT 1`,
      )
      .get(contactEmail) as Omit<Ids, "seminarId" | "seminarLabel">;
    const seminar = db
      .prepare(`SELECT id, number, title FROM LearningSeminar WHERE collaborativeId = ? AND status = 'PUBLISHED' ORDER BY number LIMIT 1`)
      .get(team.collaborativeId) as { id: string; number: number; title: string };
    return { ...team, seminarId: seminar.id, seminarLabel: `${seminarWord} ${seminar.number}: ${seminar.title}` };
  } finally {
    db.close();
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The whole title: the page's own words, then " · Samspil" from the root layout's template. */
// The Norwegian catalogue spells the name as Norwegian does (nb.json app.appName).
const titled = (words: string, brand = "Samspil") => new RegExp(`^${escape(words)} · ${brand}$`);
const currentMonthKey = () => new Date().toISOString().slice(0, 7);
const monthName = (tag: string) => new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${currentMonthKey()}-01T00:00:00Z`));

async function expectTitles(page: Page, pages: [path: string, title: RegExp][]) {
  for (const [path, title] of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page, path).toHaveTitle(title);
    expect(await page.title(), path).not.toBe("Samspil");
  }
}

test("the Danish contact person's pages are titled with the page and the team", async ({ page }) => {
  const ids = idsOf("kontakt@samspil.demo", "Seminar");
  const team = `/teams/${ids.teamId}`;
  await signIn(page, "kontakt@samspil.demo");
  await expectTitles(page, [
    ["/my-team", titled("Mit team")],
    [team, titled(`Overblik – ${ids.teamName}`)],
    [`${team}/aim`, titled("Teamets mål")],
    [`${team}/members`, titled("Teammedlemmer")],
    [`${team}/driver-diagram`, titled("Driverdiagram")],
    [`${team}/ideas`, titled("Idétavle")],
    [`${team}/cycles`, titled("PDSA-cirkler")],
    [`${team}/cycles/new`, titled("Ny PDSA-cirkel")],
    [`${team}/data`, titled("Måledata")],
    [`${team}/data/import`, titled("Importér måledata")],
    [`${team}/settings/measures`, titled(`Opsætning af målinger – ${ids.teamName}`)],
    [`${team}/reports`, titled("Månedsrapporter")],
    [`${team}/reports/${currentMonthKey()}`, titled(`Månedsrapport for ${monthName("da-DK")}`)],
    [`${team}/storyboard`, titled(`Storyboard: ${ids.teamName}`)],
    ["/seminars", titled("Læringsseminarer")],
    [`/microsystems/${ids.microsystemId}`, titled(`Mikrosystem: ${ids.microsystemName}`)],
    ["/charts", titled("Diagrameksempler")],
  ]);
});

test("the secretariat's pages are titled with the page and the collaborative", async ({ page }) => {
  const ids = idsOf("kontakt@samspil.demo", "Seminar");
  const collaborative = `/collaboratives/${ids.collaborativeId}`;
  const of = (words: string) => titled(`${words} – ${ids.collaborativeName}`);
  await signIn(page, "sekretariat@samspil.demo");
  await expectTitles(page, [
    ["/collaboratives", titled("Forbedringsfællesskaber")],
    ["/collaboratives/new", titled("Nyt forbedringsfællesskab")],
    [collaborative, of("Overblik")],
    [`${collaborative}/dashboard`, titled("Dashboard")],
    [`${collaborative}/settings`, of("Indstillinger")],
    [`${collaborative}/measures`, of("Fælles målinger")],
    [`${collaborative}/change-package`, titled("Forandringspakke")],
    [`${collaborative}/teams`, of("Teams")],
    [`${collaborative}/people`, of("Sekretariat og ledere")],
    [`${collaborative}/seminars`, of("Læringsseminarer")],
    [`${collaborative}/seminars/new`, of("Nyt læringsseminar")],
    [`${collaborative}/seminars/${ids.seminarId}`, of(ids.seminarLabel)],
    [`${collaborative}/reports`, titled("Månedsrapporter og vurderinger")],
    ["/microsystems", titled("Mikrosystemer")],
  ]);
});

test("the manager's and the administrator's pages have their own titles", async ({ page }) => {
  await signIn(page, "leder@samspil.demo");
  await expectTitles(page, [
    ["/overview", titled("Overblik")],
    ["/account/api-tokens", titled("API-nøgler")],
  ]);
  await page.context().clearCookies();
  await signIn(page, "admin@samspil.demo");
  await expectTitles(page, [
    ["/admin/users", titled("Brugere")],
    ["/admin/organisations", titled("Organisationer")],
    ["/admin/outbox", titled("Udbakke")],
  ]);
});

test("the Norwegian contact person reads the titles in bokmål", async ({ page }) => {
  const ids = idsOf("kontakt.no@samspil.demo", "Samling");
  const team = `/teams/${ids.teamId}`;
  await signIn(page, "kontakt.no@samspil.demo");
  await expectTitles(page, [
    ["/my-team", titled("Mitt team", "Samspill")],
    [team, titled(`Oversikt – ${ids.teamName}`, "Samspill")],
    [`${team}/settings/measures`, titled(`Oppsett av målinger – ${ids.teamName}`, "Samspill")],
    [`${team}/reports/${currentMonthKey()}`, titled(`Månedsrapport for ${monthName("nb-NO")}`, "Samspill")],
    ["/seminars", titled("Læringssamlinger", "Samspill")],
    [`/microsystems/${ids.microsystemId}`, titled(`Mikrosystem: ${ids.microsystemName}`, "Samspill")],
  ]);
});

test("a page that is not found is titled so, signed in and out", async ({ page }) => {
  await page.goto("/login");
  await expect(page).toHaveTitle(titled("Log ind"));
  await signIn(page, "kontakt@samspil.demo");
  const response = await page.goto("/teams/no-such-team");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(titled("Siden findes ikke"));
});
