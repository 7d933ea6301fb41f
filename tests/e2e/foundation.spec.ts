import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./pages/axe";
import { firstTeamIdWhere } from "./pages/demo-db";
import { signIn, trySignIn } from "./pages/sign-in";

const ROLES = [
  { email: "kontakt@samspil.demo", path: "/my-team", heading: /^Mål$/ },
  { email: "sekretariat@samspil.demo", path: "/collaboratives", heading: /Forbedringsfællesskaber/ },
  { email: "leder@samspil.demo", path: "/overview", heading: /Regionalt overblik/ },
  { email: "admin@samspil.demo", path: "/admin/users", heading: /Brugere/ },
  { email: "kontakt.no@samspil.demo", path: "/my-team", heading: /^Mål$/ },
];

test("the sign-in page lists the demo sign-ins and passes axe", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1, name: "Log ind" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "kontakt@samspil.demo" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});

test("a signed-out visitor is sent to sign-in", async ({ page }) => {
  await page.goto("/my-team");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fmy-team/);
});

for (const role of ROLES) {
  test(`${role.email} signs in and lands on ${role.path}`, async ({ page }) => {
    await signIn(page, role.email);
    await expect(page).toHaveURL(new RegExp(`${role.path}$`));
    await expect(page.getByRole("heading", { name: role.heading }).first()).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
}

test("the contact person sees their team's aim, measures with latest values, open cycles and next seminar", async ({ page }) => {
  await signIn(page, "kontakt@samspil.demo");
  await expect(page.getByRole("heading", { level: 2, name: "Mål", exact: true })).toBeVisible();
  const measures = page.getByRole("region", { name: "Målinger" }).or(page.locator("section[aria-labelledby=measures-heading]"));
  await expect(measures.locator("tbody tr").first()).toBeVisible();
  await expect(measures.locator("tbody tr").first()).toContainText(/\d/);
  await expect(page.locator("section[aria-labelledby=cycles-heading] li").first()).toBeVisible();
  await expect(page.locator("section[aria-labelledby=seminar-heading]")).toContainText("Læringsseminar");
});

test("a wrong password and an unknown user get the same clear message and stay signed out", async ({ page }) => {
  await trySignIn(page, "kontakt@samspil.demo", "wrong-password");
  await expect(page.locator("p[role=alert]")).toHaveText("E-mail eller adgangskode er forkert.");
  await trySignIn(page, "nobody@samspil.demo", "whatever");
  await expect(page.locator("p[role=alert]")).toHaveText("E-mail eller adgangskode er forkert.");
  await page.goto("/my-team");
  await expect(page).toHaveURL(/\/login/);
});

test("a member reaching for another team's page gets not found", async ({ page }) => {
  const norwegianTeam = firstTeamIdWhere("Collaborative.timeZone = ?", ["Europe/Oslo"]);
  const danishTeam = firstTeamIdWhere("Collaborative.timeZone = ?", ["Europe/Copenhagen"]);
  await signIn(page, "kontakt@samspil.demo");
  const response = await page.goto(`/teams/${norwegianTeam}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Siden findes ikke" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  // The secretariat of the Danish collaborative reads its own teams.
  await page.context().clearCookies();
  await signIn(page, "sekretariat@samspil.demo");
  expect((await page.goto(`/teams/${danishTeam}`))?.status()).toBe(200);
  expect((await page.goto(`/teams/${norwegianTeam}`))?.status()).toBe(404);
});

test("the secretariat and admin pages pass axe", async ({ page }) => {
  await signIn(page, "sekretariat@samspil.demo");
  await page.getByRole("link").filter({ hasText: /ansvarlig/i }).first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Teams" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.context().clearCookies();
  await signIn(page, "admin@samspil.demo");
  await page.goto("/admin/organisations");
  await expect(page.getByRole("heading", { name: "Organisationer" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  // An administrator page is not found for anyone else.
  await page.context().clearCookies();
  await signIn(page, "leder@samspil.demo");
  expect((await page.goto("/admin/users"))?.status()).toBe(404);
});

test("the language choice is remembered per user across sign-ins", async ({ page }) => {
  await signIn(page, "medlem@samspil.demo");
  await page.getByLabel("Sprog").selectOption("en");
  await expect(page.getByRole("heading", { level: 2, name: "Open PDSA cycles" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.context().clearCookies();
  await signIn(page, "medlem@samspil.demo");
  await expect(page.getByRole("heading", { level: 2, name: "Open PDSA cycles" })).toBeVisible();
  await page.getByLabel("Language").selectOption("da");
  await expect(page.getByRole("heading", { level: 2, name: "Åbne PDSA-cirkler" })).toBeVisible();
});

test("the team navigation offers measure set-up to the contact person only, and links the microsystem's 5P", async ({ page }) => {
  await signIn(page, "kontakt@samspil.demo");
  const teamNav = page.getByRole("navigation", { name: "Teamets sider" });
  await teamNav.getByRole("link", { name: "Opsætning af målinger" }).click();
  await expect(page).toHaveURL(/\/settings\/measures$/);
  await page.goto("/my-team");
  await page.getByRole("link", { name: "Mikrosystem og 5P" }).click();
  await expect(page).toHaveURL(/\/microsystems\//);
  await expectNoSeriousAxeViolations(page);
  await page.context().clearCookies();
  await signIn(page, "medlem@samspil.demo");
  await expect(page.getByRole("navigation", { name: "Teamets sider" }).getByRole("link", { name: "Målinger", exact: false })).toHaveCount(0);
});
