import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./pages/axe";
import { ChartFigure } from "./pages/chart-figure";
import { signIn } from "./pages/sign-in";

/** A4's print area at a 15 mm margin (globals.css @page) in CSS pixels: 180 mm at 96 dpi. */
const PRINT_AREA_PX = (180 / 25.4) * 96;

/** Opens the storyboard of the contact person's team from the team navigation; returns its path. */
async function openStoryboardFromTeamNav(page: Page): Promise<string> {
  await page.goto("/my-team");
  await page.getByRole("navigation", { name: "Teamets sider" }).getByRole("link", { name: "Storyboard", exact: true }).click();
  await expect(page).toHaveURL(/\/teams\/[^/]+\/storyboard$/);
  return new URL(page.url()).pathname;
}

test("the contact person opens the storyboard: aim, driver diagram, charts with tables, PDSA cycles", async ({ page }) => {
  await signIn(page, "kontakt@samspil.demo");
  await openStoryboardFromTeamNav(page);
  await expect(page.getByText("Storyboard til læringsseminaret")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("dl").first()).toContainText("Kontaktperson");
  await expect(page.locator("dl").first()).toContainText("Udskrevet");

  const aim = page.locator("section[aria-labelledby=aim-heading]");
  await expect(aim.getByRole("heading", { level: 2, name: "Mål" })).toBeVisible();
  await expect(aim).not.toContainText("Teamet har ikke skrevet et mål endnu.");

  const diagram = page.locator("section[aria-labelledby=driver-diagram-heading]");
  await expect(diagram.getByRole("heading", { level: 2, name: "Driverdiagram" })).toBeVisible();
  await expect(diagram.getByText("Primær driver:").first()).toBeVisible();
  await expect(diagram.getByText("Sekundær driver:").first()).toBeVisible();
  await expect(diagram.getByText("Forandringsidé:").first()).toBeVisible();

  const measures = page.locator("section[aria-labelledby=measures-heading]");
  expect(await measures.locator("figure").count()).toBeGreaterThanOrEqual(1);
  const chart = new ChartFigure(page);
  await expect(chart.caption).toContainText(/Forbedring|Forværring|Ingen signal|For få punkter/);
  await expect(chart.drawing).toBeVisible();
  const table = await chart.openTable();
  expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);

  const cycles = page.locator("section[aria-labelledby=cycles-heading]");
  await expect(cycles.getByRole("heading", { level: 2, name: "PDSA-cirkler" })).toBeVisible();
  await expect(cycles.getByRole("heading", { level: 3, name: /^Forandringsidé: / }).first()).toBeVisible();
  expect(await cycles.getByRole("heading", { level: 4 }).count()).toBeGreaterThanOrEqual(1);
  await expect(cycles.getByText("Læring").first()).toBeVisible();

  await expect(page.getByRole("button", { name: "Udskriv / gem som PDF" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("in print the navigation and buttons are hidden and the charts stay, as wide as an A4 page", async ({ page }) => {
  await signIn(page, "kontakt@samspil.demo");
  await openStoryboardFromTeamNav(page);
  const mainNav = page.locator("nav[aria-label=Hovedmenu]");
  const teamNav = page.locator("nav[aria-label='Teamets sider']");
  const printButton = page.getByRole("button", { name: "Udskriv / gem som PDF" });
  const charts = page.locator("section[aria-labelledby=measures-heading] svg.recharts-surface[role=img]");
  await expect(mainNav).toBeVisible();
  await expect(teamNav).toBeVisible();
  const chartCount = await charts.count();
  expect(chartCount).toBeGreaterThanOrEqual(1);

  await page.emulateMedia({ media: "print" });
  await expect(mainNav).toBeHidden();
  await expect(teamNav).toBeHidden();
  await expect(printButton).toBeHidden();
  await expect(page.locator("figure").first().getByRole("button", { name: "Vis tabel" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 2, name: "Driverdiagram" })).toBeVisible();
  await expect(charts).toHaveCount(chartCount);
  for (let index = 0; index < chartCount; index++) {
    const svg = charts.nth(index);
    await expect(svg).toBeVisible();
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(PRINT_AREA_PX / 2);
    expect(box.width).toBeLessThanOrEqual(PRINT_AREA_PX + 1);
    expect(await svg.locator("path, circle, line").count()).toBeGreaterThan(0);
  }

  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
});

test("the manager reads a storyboard in scope; a member of another team gets not found", async ({ page }) => {
  await signIn(page, "kontakt@samspil.demo");
  const path = await openStoryboardFromTeamNav(page);
  const teamName = (await page.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";

  await page.context().clearCookies();
  await signIn(page, "leder@samspil.demo");
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: teamName })).toBeVisible();
  await expect(page.locator("section[aria-labelledby=measures-heading] svg.recharts-surface[role=img]").first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.context().clearCookies();
  await signIn(page, "kontakt.no@samspil.demo");
  expect((await page.goto(path))?.status()).toBe(404);
});
