import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { signIn } from "./pages/sign-in";

// Issue 16, items 6 and 7: every answer carries the security headers, pages a nonce-based policy
// that lets the app's own scripts run (no policy violation while pages hydrate and forms submit),
// and a post from another site is answered 403, not 500.

function expectBaseHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toContain("camera=()");
}

function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("a page answers with a fresh nonce policy and the base headers", async ({ request }) => {
  const first = await request.get("/login");
  const second = await request.get("/login");
  expectBaseHeaders(first);
  const policy = first.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("unsafe-eval");
  expect(second.headers()["content-security-policy"]).not.toContain(nonce!);
  const html = await first.text();
  expect(html).toContain(`nonce="${nonce}"`);
});

test("an API answer and a static file carry the headers too", async ({ request }) => {
  const health = await request.get("/api/health");
  expectBaseHeaders(health);
  expect(health.headers()["content-security-policy"]).toContain("default-src 'none'");

  const html = await (await request.get("/login")).text();
  const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeTruthy();
  const file = await request.get(script!);
  expect(file.status()).toBe(200);
  expectBaseHeaders(file);
});

test("the app runs under its policy: signing in and the chart page raise no violation", async ({ page }) => {
  const violations = watchPolicyViolations(page);
  await signIn(page, "kontakt@samspil.demo");
  await page.waitForLoadState("networkidle");
  await page.goto("/charts");
  await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("a server action posted from another site is refused with 403", async ({ request }) => {
  const response = await request.post("/login", {
    headers: { origin: "https://evil.example", "next-action": "0000000000000000000000000000000000000000" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
  const plainForm = await request.post("/login", { headers: { origin: "https://evil.example" }, form: { email: "a@b.dk" } });
  expect(plainForm.status()).toBe(403);
});
