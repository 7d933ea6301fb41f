import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./pages/axe";
import { ChartFigure } from "./pages/chart-figure";
import { signIn } from "./pages/sign-in";

/** Follows My team's first measure link to its chart page and returns the page's path. */
async function openFirstMeasure(page: import("@playwright/test").Page): Promise<{ path: string; name: string }> {
  await page.goto("/my-team");
  const link = page.locator("section[aria-labelledby=measures-heading] tbody a").first();
  const name = (await link.textContent())?.trim() ?? "";
  await link.click();
  await expect(page).toHaveURL(/\/teams\/[^/]+\/measures\/[^/]+$/);
  return { path: new URL(page.url()).pathname, name };
}

test("the contact person reads a measure's chart, its table view, and downloads CSV and PNG", async ({ page }) => {
  await signIn(page, "kontakt@samspil.demo");
  const { name } = await openFirstMeasure(page);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Definition" })).toBeVisible();

  const chart = new ChartFigure(page);
  await expect(chart.figure).toBeVisible();
  await expect(chart.caption).toBeVisible();
  await expect(chart.caption).toContainText(/Forbedring|Forværring|Ingen signal|For få punkter/);
  await expect(chart.drawing).toBeVisible();
  await expect(chart.drawing).toHaveAttribute("aria-label", /.+/);

  const table = await chart.openTable();
  await expect(table.locator("tbody tr").first()).toBeVisible();
  expect(await table.locator("tbody tr").count()).toBeGreaterThan(5);
  await expect(table.locator("thead")).toContainText("Periode");

  const csv = await chart.download("Hent CSV");
  expect(csv.filename).toMatch(/\.csv$/);
  const [header, firstRow] = csv.text.replace(/^\uFEFF/, "").split("\r\n");
  expect(header).toMatch(/^Periode;Periodestart;Værdi;/);
  expect(firstRow).toMatch(/^uge \d+, \d{4};\d{4}-\d{2}-\d{2};/);

  const png = await chart.download("Hent PNG");
  expect(png.filename).toMatch(/\.png$/);

  await expectNoSeriousAxeViolations(page);
});

test("the chart gallery shows the canonical series with their verdicts and passes axe", async ({ page }) => {
  await signIn(page, "kontakt@samspil.demo");
  await page.getByRole("link", { name: "Diagrameksempler" }).click();
  await expect(page).toHaveURL(/\/charts$/);
  await expect(page.getByRole("heading", { level: 1, name: "Diagrameksempler" })).toBeVisible();
  expect(await page.locator("figure").count()).toBeGreaterThanOrEqual(8);
  await expect(page.locator("figcaption").filter({ hasText: "Ingen signal" }).first()).toBeVisible();
  await expect(page.locator("figcaption").filter({ hasText: "usædvanligt få kryds" }).first()).toBeVisible();
  await expect(page.locator("svg.recharts-surface[role=img]").first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("a member of another team opening the chart URL gets not found", async ({ page }) => {
  await signIn(page, "kontakt@samspil.demo");
  const { path } = await openFirstMeasure(page);
  await page.context().clearCookies();
  await signIn(page, "kontakt.no@samspil.demo");
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expect(page.locator("figure")).toHaveCount(0);
});

test("the contact person freezes the baseline or splits phases, but not both", async ({ page }) => {
  await signIn(page, "kontakt@samspil.demo");
  await page.goto("/my-team");
  await page.locator("section[aria-labelledby=measures-heading] tbody a").last().click();
  await expect(page).toHaveURL(/\/measures\//);
  const baseline = page.getByLabel("Frys baseline efter N punkter");
  const phases = page.getByLabel("Del op i faser efter punkt (kommasepareret)");
  await baseline.fill("12");
  await phases.fill("20");
  await page.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(page.getByText("Du kan ikke både fryse baseline og dele grafen op i faser. Tøm det ene felt.")).toBeVisible();
  await baseline.fill("");
  await page.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(page.getByText("Indstillingerne for grafen er gemt.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await phases.fill("");
  await page.getByRole("button", { name: "Gem indstillinger" }).click();
  await expect(page.getByText("Indstillingerne for grafen er gemt.")).toBeVisible();
});
