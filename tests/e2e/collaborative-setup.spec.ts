import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./pages/axe";
import { signIn } from "./pages/sign-in";

// The secretariat sets up a new collaborative end to end: details, two shared measures, two enrolled
// microsystems with their contact persons; the Danish contact person then finds the new team on
// My team. Names are unique per run and start with "Ø" so they sort after the demo's own teams
// (the contact person's landing page keeps showing the demo team other specs expect).
const suffix = `${Date.now()}`.slice(-6);
const collaborativeName = `Øvelsesfællesskab ${suffix}`;
const teamDk = `Øvelseshold DK ${suffix}`;
const teamNo = `Øvelseshold NO ${suffix}`;

async function addMeasure(page: Page, fields: { name: string; kind: string; numerator?: string; denominator?: string; goal: string; chart: string }) {
  await page.locator("#measure-new-name").fill(fields.name);
  await page.locator("#measure-new-kind").selectOption(fields.kind);
  if (fields.numerator) await page.locator("#measure-new-numeratorDefinition").fill(fields.numerator);
  if (fields.denominator) await page.locator("#measure-new-denominatorDefinition").fill(fields.denominator);
  await page.locator("#measure-new-operationalDefinition").fill("Optælles hver mandag for den forgangne uge.");
  await page.locator("#measure-new-goal").fill(fields.goal);
  await page.locator("#measure-new-defaultChart").selectOption(fields.chart);
  await page.getByRole("button", { name: "Opret måling" }).click();
  await expect(page.getByRole("row", { name: new RegExp(fields.name) })).toBeVisible();
}

async function enrol(page: Page, teamName: string, contactEmail: string) {
  await page.locator("#enrol-microsystemId").selectOption({ index: 1 });
  await page.locator("#enrol-name").fill(teamName);
  await page.locator("#enrol-contactEmail").fill(contactEmail);
  await page.getByRole("button", { name: "Tilmeld team" }).click();
  await expect(page.getByRole("row", { name: new RegExp(teamName) })).toBeVisible();
}

test("the secretariat creates a collaborative with shared measures and teams; the contact person sees the new team", async ({ page }) => {
  await signIn(page, "sekretariat@samspil.demo");
  await page.getByRole("link", { name: "Nyt forbedringsfællesskab" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nyt forbedringsfællesskab" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // A rule refusal is shown in words and nothing is created.
  await page.locator("#collaborative-new-name").fill(collaborativeName);
  await page.locator("#collaborative-new-topic").fill("Tryg udskrivelse");
  await page.locator("#collaborative-new-aim").fill("Færre genindlæggelser inden for 30 dage.");
  await page.locator("#collaborative-new-startDate").fill("2026-09-01");
  await page.locator("#collaborative-new-endDate").fill("2026-03-01");
  await page.getByRole("button", { name: "Opret forbedringsfællesskab" }).click();
  await expect(page.locator("p[role=alert]")).toHaveText("Slutdatoen skal ligge efter startdatoen.");
  await page.locator("#collaborative-new-endDate").fill("2027-06-30");
  await page.getByRole("button", { name: "Opret forbedringsfællesskab" }).click();
  await expect(page.getByRole("heading", { level: 1, name: collaborativeName })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Forbedringsfællesskabet er oprettet." })).toBeVisible();
  const collaborativeUrl = page.url().replace(/\?.*$/, "");

  // Two shared measures: a proportion with a decimal-comma goal, and a count.
  await page.getByRole("navigation", { name: "Opsætning af fællesskabet" }).getByRole("link", { name: "Fælles målinger" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Fælles målinger" })).toBeVisible();
  await addMeasure(page, { name: `Andel med plan ${suffix}`, kind: "PROPORTION", numerator: "Udskrevne med plan", denominator: "Udskrevne", goal: "85,5", chart: "P" });
  await expect(page.getByRole("row", { name: new RegExp(`Andel med plan ${suffix}`) })).toContainText("85,5");
  await addMeasure(page, { name: `Genindlæggelser ${suffix}`, kind: "COUNT", goal: "3", chart: "C" });
  await expectNoSeriousAxeViolations(page);

  // Two teams, each on a microsystem not yet in the (new) collaborative.
  await page.getByRole("navigation", { name: "Opsætning af fællesskabet" }).getByRole("link", { name: "Teams" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Teams" })).toBeVisible();
  await enrol(page, teamDk, "kontakt@samspil.demo");
  await enrol(page, teamNo, "kontakt.no@samspil.demo");
  await expect(page.getByRole("row", { name: new RegExp(teamDk) })).toContainText("Line Dahl");
  await expectNoSeriousAxeViolations(page);

  // Settings (status forwards) and people pages.
  await page.goto(`${collaborativeUrl}/settings`);
  await page.locator("#collaborative-settings-status").selectOption("ACTIVE");
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page.getByText("Ændringerne er gemt.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.goto(`${collaborativeUrl}/people`);
  await expect(page.getByRole("heading", { level: 2, name: "Projektsekretariat" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Mette Skov/ })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The Danish contact person finds the new team among their teams on My team.
  await page.context().clearCookies();
  await signIn(page, "kontakt@samspil.demo");
  await expect(page).toHaveURL(/\/my-team$/);
  const teamLinks = page.getByRole("navigation", { name: "Dine teams" });
  await expect(teamLinks.getByRole("link", { name: teamDk })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await teamLinks.getByRole("link", { name: teamDk }).click();
  await expect(page.getByRole("heading", { level: 1, name: teamDk })).toBeVisible();

  // As contact person they keep the team's own measures beside the two shared ones.
  await page.goto(`${page.url()}/settings/measures`);
  await expect(page.getByRole("heading", { level: 1, name: "Teamets målinger" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`Andel med plan ${suffix}`) })).toBeVisible();
  await addMeasure(page, { name: `Egen måling ${suffix}`, kind: "CONTINUOUS", goal: "12,5", chart: "I" });
  await expectNoSeriousAxeViolations(page);
});

test("the secretariat creates a microsystem and keeps its 5P profile as dated versions", async ({ page }) => {
  await signIn(page, "sekretariat@samspil.demo");
  await page.getByRole("link", { name: "Mikrosystemer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kliniske mikrosystemer" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.locator("#microsystem-new-organisationId").selectOption({ index: 1 });
  await page.locator("#microsystem-new-name").fill(`Øvelsesafsnit ${suffix}`);
  await page.locator("#microsystem-new-kind").selectOption("NURSING_HOME_UNIT");
  await page.getByRole("button", { name: "Opret mikrosystem" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Øvelsesafsnit ${suffix}` })).toBeVisible();

  // The guided form shows the coach's questions under each P.
  await expect(page.getByText(/Hvem er vores patienter og borgere\?/)).toBeVisible();
  await page.getByLabel("Formål", { exact: true }).fill("Trygt ophold for beboere med demens.");
  await page.getByLabel("Patienter", { exact: true }).fill("24 beboere, de fleste med demens.");
  await page.getByRole("button", { name: "Gem som ny version" }).click();
  await expect(page.getByRole("heading", { level: 3, name: /Version 1/ })).toBeVisible();
  await page.getByLabel("Mønstre", { exact: true }).fill("Tavlemøde hver morgen; vi fejrer små sejre om fredagen.");
  await page.getByRole("button", { name: "Gem som ny version" }).click();
  const latest = page.locator("#history-heading ~ ol > li").first();
  await expect(latest.getByRole("heading", { level: 3, name: /Version 2/ })).toBeVisible();
  await expect(latest.getByRole("row", { name: /Mønstre/ })).toContainText("Ændret");
  await expect(latest.getByRole("row", { name: /Formål/ })).toContainText("Uændret");
  // Saving again without changes is refused with a clear message.
  await page.getByRole("button", { name: "Gem som ny version" }).click();
  await expect(page.locator("p[role=alert]")).toContainText("Intet er ændret");
  await expectNoSeriousAxeViolations(page);
});
