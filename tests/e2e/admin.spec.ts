import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./pages/axe";
import { signIn } from "./pages/sign-in";

const suffix = randomUUID().slice(0, 6);

test("the administrator creates a department under a hospital and renames it", async ({ page }) => {
  const name = `E2E-afdeling ${suffix}`;
  const renamed = `E2E-afdeling omdøbt ${suffix}`;
  await signIn(page, "admin@samspil.demo");
  await page.goto("/admin/organisations");
  await expect(page.getByRole("heading", { level: 1, name: "Organisationer" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.locator("#org-create-name").fill(name);
  await page.locator("#org-create-kind").selectOption("DEPARTMENT");
  const hospital = await page.locator("#org-create-parent option", { hasText: "Nordkyst Sygehus Vest" }).getAttribute("value");
  await page.locator("#org-create-parent").selectOption(hospital!);
  await page.getByRole("button", { name: "Opret", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `${name} er oprettet.` })).toBeVisible();
  const node = page.locator(`li[data-organisation="${name}"]`);
  await expect(node).toBeVisible();
  // It sits under the hospital in the tree.
  await expect(page.locator('li[data-organisation="Nordkyst Sygehus Vest"]').locator(`li[data-organisation="${name}"]`)).toBeVisible();

  // A department at the top level is refused with the rule's message.
  await page.locator("#org-create-name").fill(`Forkert ${suffix}`);
  await page.locator("#org-create-kind").selectOption("DEPARTMENT");
  await page.locator("#org-create-parent").selectOption("");
  await page.getByRole("button", { name: "Opret", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Typen passer ikke" })).toBeVisible();

  await node.locator("summary").first().click();
  await node.getByLabel("Nyt navn").fill(renamed);
  await node.getByRole("button", { name: "Omdøb" }).click();
  await expect(page.locator(`li[data-organisation="${renamed}"]`)).toBeVisible();
  await expect(page.locator(`li[data-organisation="${name}"]`)).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});

test("the administrator invites a user, who sets a password through the link signed out and signs in", async ({ page }) => {
  const email = `e2e-${suffix}@samspil.demo`;
  const password = `e2e-adgangskode-${suffix}`;
  await signIn(page, "admin@samspil.demo");
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Brugere" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.locator("#user-create-name").fill(`E2E Bruger ${suffix}`);
  await page.locator("#user-create-email").fill(email.toUpperCase());
  await page.locator("#user-create-locale").selectOption("da");
  await page.getByRole("button", { name: "Opret og invitér" }).click();
  const link = page.getByTestId("invite-link");
  await expect(link).toBeVisible();
  const inviteUrl = await link.inputValue();
  expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);

  // The same e-mail again is refused next to the field.
  await page.locator("#user-create-name").fill("Dublet");
  await page.locator("#user-create-email").fill(email);
  await page.getByRole("button", { name: "Opret og invitér" }).click();
  await expect(page.locator("#user-create-email-error")).toHaveText("Der findes allerede en bruger med denne e-mail.");
  await expect(page.locator("#user-create-email")).toHaveAttribute("aria-invalid", "true");

  // The user's own page: role, scopes and access.
  await page.getByRole("link", { name: `E2E Bruger ${suffix}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `E2E Bruger ${suffix}` })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Signed out, the link opens the invitation page.
  await page.context().clearCookies();
  const path = new URL(inviteUrl).pathname;
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: "Vælg adgangskode" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel("Ny adgangskode").fill("kort");
  await page.getByLabel("Gentag adgangskoden").fill("kort");
  await page.getByRole("button", { name: "Gem adgangskode" }).click();
  await expect(page.locator("#invite-password-error")).toHaveText("Adgangskoden skal være på mindst 12 tegn.");
  await page.getByLabel("Ny adgangskode").fill(password);
  await page.getByLabel("Gentag adgangskoden").fill(password);
  await page.getByRole("button", { name: "Gem adgangskode" }).click();
  await expect(page.getByText("Din adgangskode er gemt. Du kan nu logge ind.")).toBeVisible();

  // The link works once.
  await page.goto(path);
  await expect(page.locator("main p[role=alert]")).toContainText("Linket er allerede brugt.");
  await expectNoSeriousAxeViolations(page);

  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/my-team$/);
});

test("an unknown invitation link says so, and the admin pages are not found for anyone else", async ({ page }) => {
  await page.goto("/invite/no-such-token");
  await expect(page.locator("main p[role=alert]")).toHaveText("Linket er ikke gyldigt. Bed din administrator om et nyt.");
  await signIn(page, "leder@samspil.demo");
  expect((await page.goto("/admin/organisations"))?.status()).toBe(404);
  expect((await page.goto("/admin/users"))?.status()).toBe(404);
  await page.context().clearCookies();
  await signIn(page, "sekretariat@samspil.demo");
  expect((await page.goto("/admin/organisations"))?.status()).toBe(404);
});
