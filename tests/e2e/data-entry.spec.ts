import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./pages/axe";
import { firstTeamIdWhere } from "./pages/demo-db";
import { signIn } from "./pages/sign-in";

// The contact person's team measures "Patienter, der kan nævne deres patientansvarlige læge"
// (weekly proportion, first weekly column) and "Akutte genindlæggelser inden 30 dage" (monthly).
// Values go into the current week and month, which the demo leaves empty, so other specs are unaffected.
const WEEKLY = "Patienter, der kan nævne deres patientansvarlige læge";
const WEEKLY_2 = "Patientansvarlig læge udpeget inden 24 timer";
const MONTHLY = "Akutte genindlæggelser inden 30 dage";

test.describe.configure({ mode: "serial" });

async function openData(page: Page) {
  await signIn(page, "kontakt@samspil.demo");
  const teamId = firstTeamIdWhere(
    "Team.id IN (SELECT TeamMember.teamId FROM TeamMember JOIN User ON User.id = TeamMember.userId WHERE User.email = ? AND TeamMember.role = 'CONTACT_PERSON')",
    ["kontakt@samspil.demo"],
  );
  await page.goto(`/teams/${teamId}`);
  await page.getByRole("navigation", { name: "Teamets sider" }).getByRole("link", { name: "Måledata", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Måledata" })).toBeVisible();
  return teamId;
}

function firstMeasureId(teamId: string): string {
  const file = (process.env.E2E_DATABASE_URL ?? "file:./prisma/e2e.db").replace(/^file:/, "");
  const db = new Database(file, { readonly: true });
  try {
    const row = db
      .prepare("SELECT Measure.id AS id FROM Measure JOIN Team ON Team.collaborativeId = Measure.collaborativeId WHERE Team.id = ? AND Measure.name = ?")
      .get(teamId, WEEKLY) as { id: string };
    return row.id;
  } finally {
    db.close();
  }
}

async function currentLabels(page: Page) {
  const week = (await page.locator("section[aria-labelledby='grid-WEEKLY-heading']").locator("tbody tr").last().locator("th").textContent())!.trim();
  const month = (await page.locator("section[aria-labelledby='grid-MONTHLY-heading']").locator("tbody tr").last().locator("th").textContent())!.trim();
  return { week, month };
}

test("the contact person enters values by keyboard, sees a cell error, fixes it and saves", async ({ page }) => {
  await openData(page);
  await expectNoSeriousAxeViolations(page);
  const { week } = await currentLabels(page);
  const numerator = page.getByLabel(`${WEEKLY}, ${week}, Tæller`, { exact: true });
  const denominator = page.getByLabel(`${WEEKLY}, ${week}, Nævner`, { exact: true });

  // Enter moves down a row, like a spreadsheet.
  const rowAbove = page.locator("#cell-0-6-0");
  await rowAbove.focus();
  await page.keyboard.press("Enter");
  await expect(numerator).toBeFocused();

  await page.keyboard.press("Control+A");
  await page.keyboard.type("12");
  await page.keyboard.press("ArrowRight");
  await expect(denominator).toBeFocused();
  await page.keyboard.type("10,0");
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page.locator("#data-grid-error")).toContainText("Intet er gemt");
  await expect(numerator).toHaveAttribute("aria-invalid", "true");
  const errorId = (await numerator.getAttribute("aria-describedby"))!.split(" ")[0];
  await expect(page.locator(`[id="${errorId}"]`)).toHaveText("Tælleren må ikke være større end nævneren.");
  await expectNoSeriousAxeViolations(page);

  await numerator.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("7");
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("1 værdi er gemt.");
  await page.reload();
  await expect(page.getByLabel(`${WEEKLY}, ${week}, Tæller`, { exact: true })).toHaveValue("7");
  await expect(page.getByLabel(`${WEEKLY}, ${week}, Nævner`, { exact: true })).toHaveValue("10");
});

test("an import with a bad row is refused with the row reported; fixed, every row is imported", async ({ page }) => {
  const teamId = await openData(page);
  const { week, month } = await currentLabels(page);
  await page.getByRole("link", { name: "Importér fra CSV" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Importér måledata" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/teams/${teamId}/data/import$`));
  await expectNoSeriousAxeViolations(page);

  const rows = (bad: string) =>
    ["measure;period;numerator;denominator;note", `"${WEEKLY}";${week};7;10;`, `${MONTHLY};${month};2;40,0;"e2e; import"`, `${WEEKLY_2};${week};${bad};10;`].join("\r\n");
  await page.setInputFiles("#import-file", { name: "data.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${rows("12")}`) });
  await page.getByRole("button", { name: "Vis forhåndsvisning" }).click();
  await expect(page.getByRole("status")).toContainText("1 række har fejl");
  await expect(page.locator("tr[data-line='4']")).toContainText("Tælleren må ikke være større end nævneren.");
  await expect(page.getByRole("button", { name: /^Importér \d+ rækker$/ })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  await page.setInputFiles("#import-file", { name: "data.csv", mimeType: "text/csv", buffer: Buffer.from(rows("8")) });
  await page.getByRole("button", { name: "Vis forhåndsvisning" }).click();
  await expect(page.getByRole("status")).toContainText("3 rækker er klar til import.");
  await page.getByRole("button", { name: "Importér 3 rækker" }).click();
  await expect(page.getByRole("status")).toContainText("3 rækker er importeret.");

  await page.goto(`/teams/${teamId}/data`);
  await expect(page.getByLabel(`${MONTHLY}, ${month}, Tæller`, { exact: true })).toHaveValue("2");
  await expect(page.getByLabel(`${MONTHLY}, ${month}, Note`, { exact: true })).toHaveValue("e2e; import");
  await expect(page.getByLabel(`${WEEKLY_2}, ${week}, Tæller`, { exact: true })).toHaveValue("8");

  // The export holds the imported row in the template's columns; the template lists the team's measures.
  const exported = await page.request.get(`/api/teams/${teamId}/measurements.csv`);
  expect(exported.status()).toBe(200);
  const csv = await exported.text();
  expect(csv.startsWith("\uFEFFmeasure;period;numerator;denominator;note\r\n")).toBe(true);
  expect(csv).toContain(`${MONTHLY};${month};2;40;"e2e; import"`);
  const template = await page.request.get(`/api/teams/${teamId}/measurements-template.csv`);
  expect(await template.text()).toContain(`${WEEKLY};${week};;;`);
  const otherTeam = firstTeamIdWhere("Team.id NOT IN (SELECT teamId FROM TeamMember JOIN User ON User.id = TeamMember.userId WHERE User.email = ?)", ["kontakt@samspil.demo"]);
  expect((await page.request.get(`/api/teams/${otherTeam}/measurements.csv`)).status()).toBe(404);
});

test("the contact person adds a dated annotation to a chart and deletes it again", async ({ page }) => {
  const teamId = await openData(page);
  const measureId = firstMeasureId(teamId);
  await page.goto(`/teams/${teamId}/measures/${measureId}`);
  const text = `Ny faldrisikovurdering fra uge 12 (e2e ${Date.now().toString(36)})`;
  await page.getByLabel("Dato", { exact: true }).fill("2026-03-16");
  await page.getByLabel("Tekst", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Tilføj annotation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Annotationen er tilføjet." })).toBeVisible();
  const annotations = page.locator("section[aria-labelledby=annotations-heading]");
  await expect(annotations.getByText(text, { exact: true })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await annotations.getByRole("button", { name: `Slet annotationen “${text}”` }).click();
  await expect(annotations.getByText(text, { exact: true })).toHaveCount(0);
});
