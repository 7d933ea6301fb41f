import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "samspil-demo";

/** Signs in through the real form and waits until the app has left the sign-in page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form:has(#password) button[type=submit]").click();
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
}

/** Fills the form and submits without expecting success (for refusals). */
export async function trySignIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form:has(#password) button[type=submit]").click();
}
