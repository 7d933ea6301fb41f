import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { writeXlsx } from "../../lib/measurements/xlsx-write";
import { expectNoSeriousAxeViolations } from "./pages/axe";
import { ChartFigure } from "./pages/chart-figure";
import { firstTeamIdWhere } from "./pages/demo-db";
import { signIn } from "./pages/sign-in";

// The ward's weekly work (issue 5's done-when), as the demo contact person: a ramp of two PDSA cycles
// started from a huddle-board idea, four weeks typed into the grid, a year of weekly data imported
// (refused with a bad row, then accepted), an Excel import, and the chart with signals and markers.
// The measure is the team's own "PAL-navn på tavlen" (no other spec writes to it); the imported year
// lies just before its demo series, so nothing is overwritten.
const MEASURE = "Patienter med PAL-navn på tavlen ved sengen";
const unique = Date.now().toString(36);
const ideaText = `PAL-navn på tavlen ved stuegang (e2e ${unique})`;
const DAY = 86_400_000;

test.describe.configure({ mode: "serial" });

let facts: { teamId: string; measureId: string; firstWeek: Date };
test.beforeAll(() => {
  const team = teamId();
  facts = { teamId: team, ...measureFacts(team) };
});

const teamId = () =>
  firstTeamIdWhere(
    "Team.id IN (SELECT TeamMember.teamId FROM TeamMember JOIN User ON User.id = TeamMember.userId WHERE User.email = ? AND TeamMember.role = 'CONTACT_PERSON')",
    ["kontakt@samspil.demo"],
  );

/** The measure's id and the first week of its demo series (read from the e2e server's SQLite file before the imports). */
function measureFacts(team: string): { measureId: string; firstWeek: Date } {
  const db = new Database((process.env.E2E_DATABASE_URL ?? "file:./prisma/e2e.db").replace(/^file:/, ""), { readonly: true });
  try {
    const row = db
      .prepare("SELECT Measure.id AS id, MIN(Measurement.periodStart) AS first FROM Measure JOIN Measurement ON Measurement.measureId = Measure.id WHERE Measure.name = ? AND Measurement.teamId = ? GROUP BY Measure.id")
      .get(MEASURE, team) as { id: string; first: string };
    return { measureId: row.id, firstWeek: new Date(row.first) };
  } finally {
    db.close();
  }
}

/** The Monday `weeks` weeks before the demo series starts. */
const weeksBefore = (firstWeek: Date, weeks: number) => new Date(firstWeek.getTime() - weeks * 7 * DAY);
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

async function teamPage(page: Page, link: string, heading: string) {
  await signIn(page, "kontakt@samspil.demo");
  await page.goto(`/teams/${teamId()}`);
  await page.getByRole("navigation", { name: "Teamets sider" }).getByRole("link", { name: link, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

async function goTo(page: Page, state: string) {
  await page.getByRole("button", { name: `Gå til ${state}` }).click();
  if (state !== "Afsluttet") await expect(page.getByRole("status")).toContainText(`Cirklen er nu i trinnet ${state}`);
  else await expect(page.getByText("Cirklen er afsluttet og kan ikke ændres. Du kan stadig kommentere.")).toBeVisible();
}

async function studyAndAct(page: Page, outcome: string, held: "Ja" | "Nej", decision: "Tilpas" | "Indfør") {
  await page.getByLabel("Observationer").fill(outcome);
  await goTo(page, "Studér");
  await page.getByLabel("Hvad skete der? (spørgsmål 1)").fill(outcome);
  await page.getByRole("group", { name: "Holdt forudsigelsen? (spørgsmål 1)" }).getByLabel(held).check();
  await page.getByLabel("Opsummering af læring").fill(`Læring: ${outcome}`);
  await goTo(page, "Handl");
  await page.getByLabel("Beslutning", { exact: true }).selectOption({ label: decision });
  await page.getByLabel("Begrundelse og næste skridt").fill(decision === "Tilpas" ? "Udvid til alle stuer" : "Indføres på hele afsnittet");
  await goTo(page, "Afsluttet");
}

async function chartRowCount(page: Page, measureId: string): Promise<number> {
  await page.goto(`/teams/${teamId()}/measures/${measureId}`);
  const table = await new ChartFigure(page).openTable();
  return table.locator("tbody tr").count();
}

test("a board idea starts a cycle; its ramp goes through ADAPT to a prefilled second cycle, done with ADOPT", async ({ page }) => {
  await teamPage(page, "Idétavle", "Idétavle");
  await page.getByLabel("Ny idé (én linje)").fill(ideaText);
  await page.getByRole("button", { name: "Sæt på tavlen" }).click();
  await expect(page.getByRole("status")).toContainText("Idéen er sat på tavlen.");

  // The card's link is in the tab order, named with the idea.
  const start = page.locator("section[data-column=NEW]").getByRole("link", { name: `Start en PDSA-cirkel: ${ideaText}` });
  await expect(start).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("Ny idé (én linje)").focus();
  for (let i = 0; i < 40 && !(await start.evaluate((element) => element === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(start).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Ny PDSA-cirkel" })).toBeVisible();
  await expect(page).toHaveURL(/\/cycles\/new\?ideaId=/);
  await expect(page.getByLabel("Titel")).toHaveValue(ideaText);
  await expect(page.getByLabel("Idé fra idétavlen (valgfri)").locator("option:checked")).toHaveText(ideaText);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Opret cirkel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: ideaText })).toBeVisible();

  // Cycle 1: a full plan linked to the measure, then Do, Study, Act and DONE with ADAPT.
  await page.getByLabel("Omfang (fx 1 patient, 1 vagt, 1 uge)").fill("1 stue, 1 uge");
  await page.getByLabel("Formål med cirklen").fill("Navnet på tavlen ved hver stuegang");
  await page.getByRole("button", { name: "Tilføj spørgsmål" }).click();
  await page.getByLabel("Spørgsmål 1", { exact: true }).fill("Står PAL-navnet på tavlen efter stuegang?");
  await page.getByLabel("Forudsigelse til spørgsmål 1").fill("Ja, hos 9 af 10 patienter");
  await page.getByLabel("Hvem", { exact: true }).fill("Stuegangslægen");
  await page.getByLabel("Hvad", { exact: true }).fill("Skriver navnet på tavlen");
  await page.getByLabel("Hvor", { exact: true }).fill("Stue 4");
  await page.getByLabel("Hvornår", { exact: true }).fill("Uge 12");
  await page.getByLabel("Plan for dataindsamling").fill("Optælling onsdag kl. 12");
  await page.getByLabel(MEASURE, { exact: true }).check();
  await expectNoSeriousAxeViolations(page);
  await goTo(page, "Udfør");
  await studyAndAct(page, "8 af 10 tavler udfyldt", "Nej", "Tilpas");

  // Cycle 2: the prefilled next cycle of the ramp, through to DONE with ADOPT.
  const firstCycle = page.url();
  await page.getByRole("button", { name: "Start næste cirkel i rampen" }).click();
  await expect(page).not.toHaveURL(firstCycle);
  await expect(page.getByRole("heading", { level: 1, name: `${ideaText} (2)` })).toBeVisible();
  await expect(page.getByLabel("Formål med cirklen")).toHaveValue("Navnet på tavlen ved hver stuegang");
  await expect(page.getByLabel("Forudsigelse til spørgsmål 1")).toHaveValue("Ja, hos 9 af 10 patienter");
  await expect(page.getByLabel(MEASURE, { exact: true })).toBeChecked();
  await page.getByLabel("Omfang (fx 1 patient, 1 vagt, 1 uge)").fill("Alle stuer, 1 uge");
  await goTo(page, "Udfør");
  await studyAndAct(page, "19 af 20 tavler udfyldt", "Ja", "Indfør");
  await expect(page.getByRole("link", { name: `Forrige cirkel: ${ideaText}` })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The idea now waits in "Testes", linked to the first cycle.
  await page.goto(`/teams/${teamId()}/ideas`);
  await expect(page.locator("section[data-column=TESTING]").getByText(ideaText, { exact: true })).toBeVisible();
  await expect(page.locator("section[data-column=NEW]").getByText(ideaText, { exact: true })).toHaveCount(0);
});

test("four weeks are typed into the grid by keyboard; an emptied cell deletes its value", async ({ page }) => {
  await teamPage(page, "Måledata", "Måledata");
  await expectNoSeriousAxeViolations(page);
  const rows = page.locator("section[aria-labelledby='grid-WEEKLY-heading'] tbody tr");
  const total = await rows.count();
  const weeks: string[] = [];
  for (let r = total - 4; r < total; r++) weeks.push((await rows.nth(r).locator("th").textContent())!.trim());
  const numerator = (week: string) => page.getByLabel(`${MEASURE}, ${week}, Tæller`, { exact: true });
  const denominator = (week: string) => page.getByLabel(`${MEASURE}, ${week}, Nævner`, { exact: true });

  // Numerators down the column with Enter, across with the right arrow, denominators up with Shift+Enter.
  await numerator(weeks[0]).focus();
  for (const [i, value] of ["20", "21", "22", "23"].entries()) {
    await expect(numerator(weeks[i])).toBeFocused();
    await page.keyboard.press("Control+A");
    await page.keyboard.type(value);
    if (i < 3) await page.keyboard.press("Enter");
  }
  await page.keyboard.press("ArrowRight");
  for (let i = 3; i >= 0; i--) {
    await expect(denominator(weeks[i])).toBeFocused();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("24");
    if (i > 0) await page.keyboard.press("Shift+Enter");
  }
  await page.getByRole("button", { name: "Gem", exact: true }).press("Enter");
  await expect(page.getByRole("status")).toContainText("4 værdier er gemt.");
  await page.reload();
  for (const [i, value] of ["20", "21", "22", "23"].entries()) await expect(numerator(weeks[i])).toHaveValue(value);

  // Emptying a saved numerator deletes the value; typing it again saves it again.
  await numerator(weeks[1]).fill("");
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("1 værdi er slettet.");
  await expect(denominator(weeks[1])).toHaveValue("");
  await page.reload();
  await expect(numerator(weeks[1])).toHaveValue("");
  await numerator(weeks[1]).fill("21");
  await denominator(weeks[1]).fill("24");
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("1 værdi er gemt.");
});

test("a year of weekly data with one bad row is refused and writes nothing; corrected, all 52 rows are imported", async ({ page }) => {
  const { teamId: team, measureId, firstWeek } = facts;
  await signIn(page, "kontakt@samspil.demo");
  const before = await chartRowCount(page, measureId);

  const BAD = 20;
  const csv = (badNumerator: number) =>
    [
      "measure;period;numerator;denominator;note",
      ...Array.from({ length: 52 }, (_, i) => {
        const week = weeksBefore(firstWeek, 52 - i);
        return `${MEASURE};${isoDay(week)};${i === BAD ? badNumerator : 3 + (i % 4)};24;${i === 0 ? "Fra det gamle regneark" : ""}`;
      }),
    ].join("\r\n");

  await page.goto(`/teams/${team}/data`);
  await page.getByRole("link", { name: "Importér fra CSV eller Excel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importér måledata" })).toBeVisible();
  await page.setInputFiles("#import-file", { name: "aar.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv(30)}`) });
  await page.getByRole("button", { name: "Vis forhåndsvisning" }).click();
  await expect(page.getByRole("status")).toContainText("1 række har fejl. Intet importeres, før filen er rettet.");
  await expect(page.locator(`tr[data-line='${BAD + 2}']`)).toContainText("Tælleren må ikke være større end nævneren.");
  await expect(page.getByText("Ret fejlene i filen, og vis forhåndsvisningen igen.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Importér \d+ rækker$/ })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  expect(await chartRowCount(page, measureId)).toBe(before);

  await page.goto(`/teams/${team}/data/import`);
  await page.setInputFiles("#import-file", { name: "aar.csv", mimeType: "text/csv", buffer: Buffer.from(csv(5)) });
  await page.getByRole("button", { name: "Vis forhåndsvisning" }).click();
  await expect(page.getByRole("status")).toContainText("52 rækker er klar til import.");
  await page.getByRole("button", { name: "Importér 52 rækker" }).click();
  await expect(page.getByRole("status")).toContainText("52 rækker er importeret.");
  expect(await chartRowCount(page, measureId)).toBe(before + 52);
});

test("an Excel workbook is imported the same way; a file that is not one is refused with a message", async ({ page }) => {
  const { teamId: team, measureId, firstWeek } = facts;
  await signIn(page, "kontakt@samspil.demo");
  const before = await chartRowCount(page, measureId);
  await page.goto(`/teams/${team}/data/import`);

  await page.setInputFiles("#import-file", { name: "data.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from("measure;period") });
  await page.getByRole("button", { name: "Vis forhåndsvisning" }).click();
  await expect(page.locator("#import-error")).toHaveText("Ret de markerede felter.");
  await expect(page.locator("#import-file-error")).toHaveText("Filen kan ikke læses som en Excel-projektmappe (.xlsx).");
  await expect(page.locator("#import-file")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousAxeViolations(page);

  // Two weeks before the imported year: one period as an Excel date, one as text.
  const workbook = writeXlsx([
    {
      name: "Måledata",
      rows: [
        ["measure", "period", "numerator", "denominator", "note"],
        [MEASURE, weeksBefore(firstWeek, 54), 4, 24, "fra Excel"],
        [MEASURE, isoDay(weeksBefore(firstWeek, 53)), 5, 24, null],
      ],
    },
  ]);
  await page.setInputFiles("#import-file", { name: "data.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: workbook });
  await expect(page.getByText("Excel-filen data.xlsx er klar til forhåndsvisning.")).toBeVisible();
  await page.getByRole("button", { name: "Vis forhåndsvisning" }).click();
  await expect(page.getByRole("status")).toContainText("2 rækker er klar til import.");
  await expect(page.locator("tr[data-line='2']")).toContainText("fra Excel");
  await page.getByRole("button", { name: "Importér 2 rækker" }).click();
  await expect(page.getByRole("status")).toContainText("2 rækker er importeret.");
  expect(await chartRowCount(page, measureId)).toBe(before + 2);

  // The Excel template is a workbook with the team's measures.
  const template = await page.request.get(`/teams/${team}/data/template.xlsx`);
  expect(template.status()).toBe(200);
  expect(template.headers()["content-type"]).toContain("spreadsheetml");
  expect((await template.body()).subarray(0, 2).toString()).toBe("PK");
});

test("the chart shows the new data with its signal and both cycles as markers", async ({ page }) => {
  const { teamId: team, measureId } = facts;
  await signIn(page, "kontakt@samspil.demo");
  await page.goto("/my-team");
  await page.locator("section[aria-labelledby=measures-heading]").getByRole("link", { name: MEASURE, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/${team}/measures/${measureId}$`));
  await expect(page.getByRole("heading", { level: 1, name: MEASURE })).toBeVisible();
  const chart = new ChartFigure(page);
  await expect(chart.drawing).toBeVisible();
  await expect(chart.caption).toContainText("Forbedring");
  const markers = chart.figure.locator("li");
  await expect(markers.filter({ hasText: `PDSA-cirkel: ${ideaText} (Afsluttet)` })).toHaveCount(1);
  await expect(markers.filter({ hasText: `PDSA-cirkel: ${ideaText} (2) (Afsluttet)` })).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);

  const table = await chart.openTable();
  await expect(table).toContainText("Fra det gamle regneark");
});
