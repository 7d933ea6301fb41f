import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./pages/axe";
import { ChartFigure } from "./pages/chart-figure";
import { signIn } from "./pages/sign-in";

// The demo's Danish collaborative (other specs add collaboratives of their own to the shared database).
const DEMO_COLLABORATIVE = "Fast ansvarlig læge";

async function openDemoDashboard(page: Page) {
  await page.goto("/collaboratives");
  await page.locator("main a[href^='/collaboratives/c']", { hasText: DEMO_COLLABORATIVE }).first().click();
  await page.getByRole("navigation", { name: "Opsætning af fællesskabet" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

async function downloadFrom(page: Page, button: Locator): Promise<{ filename: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const path = await download.path();
  return { filename: download.suggestedFilename(), text: path ? readFileSync(path, "utf8").replace(/^\uFEFF/, "") : "" };
}

test("the secretariat opens the collaborative dashboard, sorts and filters the teams, and downloads the table", async ({ page }) => {
  await signIn(page, "sekretariat@samspil.demo");
  await openDemoDashboard(page);
  await expect(page.getByRole("heading", { level: 1, name: /^Dashboard: / })).toBeVisible();

  const teams = page.locator("section[aria-labelledby=teams-heading] table");
  const rows = teams.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(6);
  await expect(teams.locator("tbody")).toContainText(/Forbedring/);

  await teams.getByRole("button", { name: /Seneste vurdering/ }).click();
  await teams.getByRole("button", { name: /Seneste vurdering/ }).click();
  await expect(teams.locator("th[aria-sort=descending]")).toContainText("Seneste vurdering");
  const scores = (await rows.locator("td:nth-child(4)").allTextContents()).filter((text) => text !== "—").map((text) => Number(text.replace(",", ".")));
  expect(scores.length).toBeGreaterThan(0);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);

  await page.getByLabel("Signal").selectOption("improving");
  const improving = await rows.count();
  expect(improving).toBeGreaterThan(0);
  await expect(page.getByText(new RegExp(`Viser ${improving} af \\d+ teams`))).toBeVisible();

  const csv = await downloadFrom(page, page.getByRole("button", { name: "Hent tabellen som CSV" }));
  expect(csv.filename).toMatch(/\.csv$/);
  const lines = csv.text.trim().split("\r\n");
  expect(lines[0]).toMatch(/^Team;Organisation;Status;Seneste vurdering;Datakomplethed;PDSA-cirkler, 90 dage;/);
  expect(lines).toHaveLength(improving + 1);
  await expectNoSeriousAxeViolations(page);
});

test("the secretariat reads a shared measure pooled across teams, with its table view and downloads", async ({ page }) => {
  await signIn(page, "sekretariat@samspil.demo");
  await openDemoDashboard(page);
  await page.getByRole("navigation", { name: "Dashboardets visninger" }).getByRole("link", { name: "Fælles målinger" }).click();
  await expect(page).toHaveURL(/view=measures/);
  await expect(page.getByRole("heading", { level: 2, name: /alle teams samlet$/ })).toBeVisible();

  // The drawing comes with the server's HTML (a plain SVG until the page runs), not an empty box.
  const html = await (await page.request.get(page.url())).text();
  expect(html).toMatch(/<svg[^>]*class="spc-static-plot[^"]*"[^>]*role="img"/);
  const pooled = new ChartFigure(page, 0);
  await expect(pooled.drawing).toBeVisible();
  const table = await pooled.openTable();
  expect(await table.locator("tbody tr").count()).toBeGreaterThan(20);
  const csv = await pooled.download("Hent CSV");
  expect(csv.filename).toMatch(/^samlet-.*\.csv$/);
  const png = await pooled.download("Hent PNG");
  expect(png.filename).toMatch(/\.png$/);
  await expectNoSeriousAxeViolations(page);
});

test("the manager filters the regional dashboard by organisation, downloads it and drills down to a team", async ({ page }) => {
  await signIn(page, "leder@samspil.demo");
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole("heading", { level: 1, name: "Regionalt overblik" })).toBeVisible();
  const table = page.locator("section[aria-labelledby=regional-heading] table");
  const demoRow = table.locator("tbody tr", { hasText: DEMO_COLLABORATIVE });
  await expect(demoRow).toHaveCount(1);
  await expect(table).not.toContainText("Læringsnettverk fallforebygging"); // the Norwegian one is outside the region
  const teamsBefore = Number(await demoRow.locator("td:nth-child(3)").textContent());
  expect(teamsBefore).toBeGreaterThanOrEqual(6);
  await expectNoSeriousAxeViolations(page);

  const filter = page.getByLabel("Organisation");
  const option = filter.locator("option", { hasText: "Hospitalsenheden" });
  const hospital = (await option.textContent())!.trim();
  await filter.selectOption((await option.getAttribute("value"))!);
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/organisation=/);
  const teamsAfter = Number(await demoRow.locator("td:nth-child(3)").textContent());
  expect(teamsAfter).toBeGreaterThan(0);
  expect(teamsAfter).toBeLessThan(teamsBefore);

  const csv = await downloadFrom(page, page.getByRole("button", { name: "Hent tabellen som CSV" }));
  expect(csv.text.split("\r\n")[0]).toBe("Forbedringsfællesskab;Status;Teams;Aktive PDSA-cirkler;Teams med forbedring;Datakomplethed");

  await demoRow.locator("a").click();
  await expect(page).toHaveURL(/\/dashboard\?organisation=/);
  await expect(page.getByText(`Viser kun teams under ${hospital}.`)).toBeVisible();
  const rows = page.locator("section[aria-labelledby=teams-heading] tbody tr");
  await expect(rows).toHaveCount(teamsAfter);
  await expectNoSeriousAxeViolations(page);
  await rows.first().locator("a").click();
  await expect(page).toHaveURL(/\/teams\/[^/?]+$/);
});

test("the secretariat finds missing data on the heat map and follows a gap to the team's data grid", async ({ page }) => {
  await signIn(page, "sekretariat@samspil.demo");
  await openDemoDashboard(page);
  await page.getByRole("navigation", { name: "Dashboardets visninger" }).getByRole("link", { name: "Datakomplethed" }).click();
  await expect(page).toHaveURL(/view=completeness/);
  const table = page.locator("section[aria-labelledby=completeness-heading] table");
  expect(await table.locator("tbody tr").count()).toBeGreaterThanOrEqual(6);
  await expect(table.locator("thead th")).toHaveCount(13);
  await expectNoSeriousAxeViolations(page);

  const csv = await downloadFrom(page, page.getByRole("button", { name: "Hent CSV" }));
  expect(csv.filename).toMatch(/\.csv$/);
  expect(csv.text.split("\r\n").length).toBeGreaterThan(12);

  const gap = table.locator("tbody a").first();
  await expect(gap).toBeVisible();
  await gap.click();
  await expect(page).toHaveURL(/\/teams\/[^/]+\/data\?periods=\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
