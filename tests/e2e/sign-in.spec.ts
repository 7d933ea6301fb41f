import { expect, test, type Request } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./pages/sign-in";

// Issue 16, items 3, 4 and 7: the sign-in form posts and works without JavaScript, the password
// never appears in a URL, a crafted callbackUrl cannot send the user to another host, and a session
// cookie is dead once its user has signed out.

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("signing in posts the form, never puts the password in a URL, and lands on the user's page", async ({ page }) => {
    const urls: string[] = [];
    const methods: string[] = [];
    page.on("request", (request: Request) => {
      urls.push(request.url());
      if (request.isNavigationRequest()) methods.push(request.method());
    });
    await page.goto("/login");
    await page.locator("#email").fill("kontakt@samspil.demo");
    await page.locator("#password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log ind" }).click();
    await expect(page).toHaveURL(/\/my-team$/);
    await expect(page.getByRole("heading", { name: /^Mål$/ }).first()).toBeVisible();
    expect(methods).toContain("POST");
    for (const url of urls) expect(url).not.toContain(encodeURIComponent(DEMO_PASSWORD).slice(0, 8));
    for (const url of urls) expect(url).not.toContain("password");
  });

  test("a wrong password shows the refusal on the page", async ({ page }) => {
    await page.goto("/login");
    await page.locator("#email").fill("medlem@samspil.demo");
    await page.locator("#password").fill("wrong-password");
    await page.getByRole("button", { name: "Log ind" }).click();
    await expect(page.locator("p[role=alert]")).toHaveText("E-mail eller adgangskode er forkert.");
    expect(page.url()).not.toContain("wrong-password");
  });
});

for (const hostile of ["/\\evil.example", "/\t/evil.example", "//evil.example", "https://evil.example/"]) {
  test(`a callbackUrl of ${JSON.stringify(hostile)} stays on this app`, async ({ page }) => {
    await page.goto(`/login?callbackUrl=${encodeURIComponent(hostile)}`);
    await page.locator("#email").fill("kontakt@samspil.demo");
    await page.locator("#password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Log ind" }).click();
    await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  });
}

test("a same-app callbackUrl is followed after sign-in", async ({ page }) => {
  await page.goto("/login?callbackUrl=%2Fseminars");
  await page.locator("#email").fill("kontakt@samspil.demo");
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(/\/seminars$/);
});

test("after sign-out the old session cookie no longer opens any page", async ({ page, browser }) => {
  await signIn(page, "patient@samspil.demo");
  const saved = await page.context().cookies();
  expect(saved.some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(true);
  await page.getByRole("button", { name: "Log ud" }).click();
  await expect(page).toHaveURL(/\/login/);

  const replay = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await replay.addCookies(saved);
  const stolen = await replay.newPage();
  await stolen.goto("/my-team");
  await expect(stolen).toHaveURL(/\/login/);
  await replay.close();
});
