import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./pages/axe";
import { firstTeamIdWhere } from "./pages/demo-db";
import { signIn } from "./pages/sign-in";

// Issue 17, items 5 and 10: one <main> on a 404, distinct landmark names on the dashboard, sort
// buttons named in words, a favicon, and the running month's report page instead of a bare 404.

/** Landmarks of one role sharing a name fail axe's landmark-unique rule (a best practice, so not in the WCAG tags). */
async function expectUniqueLandmarks(page: Page) {
  const results = await new AxeBuilder({ page }).withRules(["landmark-unique"]).analyze();
  expect(results.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(" ")))).toEqual([]);
}

// The demo's Danish collaborative (other specs add collaboratives of their own to the shared database).
async function openDemoDashboard(page: Page) {
  await page.goto("/collaboratives");
  await page.locator("main a[href^='/collaboratives/c']", { hasText: "Fast ansvarlig læge" }).first().click();
  await page.getByRole("navigation", { name: "Opsætning af fællesskabet" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Dashboard: / })).toBeVisible();
}

test("a 404 inside the app keeps its navigation and has one main landmark; an unknown address too", async ({ page }) => {
  const norwegianTeam = firstTeamIdWhere("Collaborative.timeZone = ?", ["Europe/Oslo"]);
  await signIn(page, "kontakt@samspil.demo");
  expect((await page.goto(`/teams/${norwegianTeam}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Siden findes ikke" })).toBeVisible();
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Hovedmenu" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Siden findes ikke" })).toBeVisible();
  await expect(page.getByRole("main")).toHaveCount(1);
});

test("the dashboard's landmarks have distinct names in every view, and its sort buttons say the sort state in words", async ({ page }) => {
  await signIn(page, "sekretariat@samspil.demo");
  await openDemoDashboard(page);
  await expect(page.getByRole("region", { name: "Vurderinger måned for måned", exact: true })).toHaveCount(1);
  await expect(page.getByRole("region", { name: "Diagram: vurderinger måned for måned" })).toHaveCount(1);
  await expect(page.getByRole("region", { name: "PDSA-aktivitet pr. måned", exact: true })).toHaveCount(1);
  await expectUniqueLandmarks(page);

  const teams = page.locator("section[aria-labelledby=teams-heading] table");
  await expect(teams.getByRole("button", { name: /^Team\s*,\s*sorteret stigende$/ })).toBeVisible();
  await expect(teams.getByRole("button", { name: /^Seneste vurdering\s*,\s*ikke sorteret$/ })).toBeVisible();
  await teams.getByRole("button", { name: /^Seneste vurdering/ }).click();
  await expect(teams.getByRole("button", { name: /^Seneste vurdering\s*,\s*sorteret stigende$/ })).toBeVisible();
  await teams.getByRole("button", { name: /^Seneste vurdering/ }).click();
  await expect(teams.getByRole("button", { name: /^Seneste vurdering\s*,\s*sorteret faldende$/ })).toBeVisible();
  await expect(teams.getByRole("button", { name: /^Team\s*,\s*ikke sorteret$/ })).toBeVisible();
  // The accessibility tree of the header row: every sort button is named in words, none by an arrow.
  const header = await teams.locator("thead").ariaSnapshot();
  expect(header).not.toMatch(/[▲▼↕]/);
  expect(header.match(/button "[^"]*(sorteret stigende|sorteret faldende|ikke sorteret)"/g)?.length).toBe(await teams.locator("thead button").count());

  for (const view of ["Fælles målinger", "Datakomplethed"]) {
    const views = page.getByRole("navigation", { name: "Dashboardets visninger" });
    await views.getByRole("link", { name: view }).click();
    await expect(views.getByRole("link", { name: view, exact: true })).toHaveAttribute("aria-current", "page");
    await expectUniqueLandmarks(page);
  }
});

test("every page names an SVG favicon that the server serves", async ({ page, request }) => {
  await page.goto("/login");
  const icon = page.locator('head link[rel="icon"]');
  await expect(icon).toHaveCount(1);
  const href = await icon.getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("image/svg+xml");
  expect(await response.text()).toContain("<svg");
});

test("the running month's report page says when the report opens; a later month and a bad address are not found", async ({ page }) => {
  const danishTeam = firstTeamIdWhere(
    "Team.id IN (SELECT teamId FROM TeamMember JOIN User ON User.id = TeamMember.userId WHERE User.email = ? AND TeamMember.role = 'CONTACT_PERSON')",
    ["kontakt@samspil.demo"],
  );
  const now = new Date();
  const current = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  const key = (month: Date) => month.toISOString().slice(0, 7);
  const monthName = new Intl.DateTimeFormat("da-DK", { month: "long", year: "numeric", timeZone: "UTC" }).format(current);
  const opensOn = new Intl.DateTimeFormat("da-DK", { dateStyle: "long", timeZone: "UTC" }).format(next);

  await signIn(page, "kontakt@samspil.demo");
  const response = await page.goto(`/teams/${danishTeam}/reports/${key(current)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: `Månedsrapport for ${monthName}` })).toBeVisible();
  await expect(page.getByText(`Måneden er ikke slut endnu. Rapporten for ${monthName} kan indsendes fra ${opensOn}.`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Indsend rapport" })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("link", { name: "Tilbage til månedsrapporterne" }).click();
  await expect(page).toHaveURL(new RegExp(`/teams/${danishTeam}/reports$`));

  expect((await page.goto(`/teams/${danishTeam}/reports/${key(next)}`))?.status()).toBe(404);
  expect((await page.goto(`/teams/${danishTeam}/reports/2026-13`))?.status()).toBe(404);
  expect((await page.goto(`/teams/${danishTeam}/reports/juni`))?.status()).toBe(404);
});
