import { expect, test, type Page, type Request } from "@playwright/test";
import { reopenNewestReport } from "./pages/demo-db";
import { DEMO_PASSWORD } from "./pages/sign-in";

// Issue 15: the forms submit and show their outcome before JavaScript has loaded (progressive
// enhancement of server actions). Every describe here runs in a browser context with JavaScript
// disabled, so each click below is a plain HTML form post answered by a server-rendered page.

/** Signs in through the real form with JavaScript disabled: a POST, then the user's page. */
async function signInWithoutJavaScript(page: Page, email: string) {
  await page.goto("/login");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("form:has(#password) button[type=submit]").click();
  await expect(page).not.toHaveURL(/\/login/, { timeout: 20_000 });
}

/** The methods of the page's navigations, to prove that a form posted (no script did it). */
function recordNavigations(page: Page): string[] {
  const methods: string[] = [];
  page.on("request", (request: Request) => {
    if (request.isNavigationRequest()) methods.push(request.method());
  });
  return methods;
}

const unique = Date.now().toString(36);

/** The texts of the report screen in the Norwegian contact person's language. */
const REPORT_TEXTS = { open: /Skal sendes inn|Forsinket/, wentWell: /Hva gikk bra\?/, barriers: "Hvilke hindringer møtte dere?", submit: "Send inn rapport", refused: "Rett de markerte feltene.", tooLong: "For lang: høyst 4000 tegn.", submitted: "Rapporten er sendt inn." };

test.describe("without JavaScript: a monthly report", () => {
  test.use({ javaScriptEnabled: false });

  // reports.spec.ts submits the Danish demo team's newest open month; this test reopens the
  // Norwegian team's newest report, so it has a month to write on whatever day the demo was seeded.
  test("the contact person writes a due report, a too-long answer is refused with its limit, then it is submitted", async ({ page }) => {
    const t = REPORT_TEXTS;
    reopenNewestReport("kontakt.no@samspil.demo");
    await signInWithoutJavaScript(page, "kontakt.no@samspil.demo");
    await page.getByRole("navigation", { name: "Teamets sider" }).getByRole("link", { name: "Rapporter", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Månedsrapporter" })).toBeVisible();
    await page.locator("tbody tr").filter({ hasText: t.open }).last().getByRole("link").click();
    await expect(page).toHaveURL(/\/teams\/[^/]+\/reports\/\d{4}-\d{2}$/);
    const reportUrl = page.url();
    const methods = recordNavigations(page);

    await page.getByLabel(t.wentWell).fill(`Daglige tavlemøter ${unique}`);
    await page.getByLabel(t.barriers).fill("x".repeat(4001));
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.getByRole("alert")).toHaveText(t.refused);
    await expect(page.getByLabel(t.barriers)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(t.tooLong)).toBeVisible();
    expect(methods).toContain("POST");
    expect(page.url()).toBe(reportUrl);

    await page.getByLabel(t.wentWell).fill(`Daglige tavlemøter ${unique}`);
    await page.getByLabel(t.barriers).fill("Sykdom i personalgruppen");
    await page.getByRole("button", { name: t.submit }).click();
    await expect(page.getByRole("status").filter({ hasText: t.submitted })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Teamets svar" })).toBeVisible();
    await expect(page.getByText(`Daglige tavlemøter ${unique}`)).toBeVisible();
    await expect(page.getByRole("button", { name: t.submit })).toHaveCount(0);
  });
});

test.describe("without JavaScript: a PDSA step", () => {
  test.use({ javaScriptEnabled: false });

  test("a new cycle is created, its PLAN step saved, and a too-long title refused with its limit", async ({ page }) => {
    const title = `Uden JavaScript ${unique}`;
    await signInWithoutJavaScript(page, "kontakt@samspil.demo");
    await page.getByRole("navigation", { name: "Teamets sider" }).getByRole("link", { name: "PDSA-cirkler", exact: true }).click();
    await page.getByRole("link", { name: "Start en ny cirkel" }).click();
    await page.getByLabel("Titel").fill(title);
    await page.getByRole("button", { name: "Opret cirkel" }).click();
    await expect(page).toHaveURL(/\/cycles\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const methods = recordNavigations(page);

    await page.getByLabel("Formål med cirklen").fill("Færre fald om natten");
    await page.getByRole("button", { name: "Gem", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Gemt." })).toBeVisible();
    await expect(page.getByLabel("Formål med cirklen")).toHaveValue("Færre fald om natten");
    expect(methods).toContain("POST");

    await page.getByLabel("Titel", { exact: true }).fill("x".repeat(201));
    await page.getByRole("button", { name: "Gem", exact: true }).click();
    await expect(page.locator("#step-error")).toHaveText("Ret de markerede felter.");
    await expect(page.getByText("For lang: højst 200 tegn.")).toBeVisible();
    // Refused: the stored title is unchanged.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });
});

test.describe("without JavaScript: a seminar registration", () => {
  test.use({ javaScriptEnabled: false });

  test("the contact person registers for the next seminar, cancels, and a stale second cancel is refused", async ({ page, context }) => {
    await signInWithoutJavaScript(page, "kontakt@samspil.demo");
    await page.goto("/seminars");
    await expect(page.getByRole("heading", { level: 1, name: "Læringsseminarer" })).toBeVisible();
    const open = page.getByRole("region").filter({ has: page.getByRole("button", { name: /^(Tilmeld|Skift deltagelse)$/ }) });
    expect(await open.count(), "a demo seminar open for registration").toBeGreaterThan(0);
    const name = (await open.first().getByRole("heading", { level: 2 }).textContent())!;
    const seminar = page.getByRole("region", { name, exact: true });
    // A run that stopped half-way left the registration in place: start from unregistered.
    if ((await seminar.getByRole("button", { name: "Afmeld" }).count()) > 0) {
      await seminar.getByRole("button", { name: "Afmeld" }).click();
      await expect(seminar.getByRole("status").filter({ hasText: "Du er nu afmeldt." })).toBeVisible();
    }
    const methods = recordNavigations(page);

    await seminar.getByLabel("Virtuelt").check();
    await seminar.getByRole("button", { name: "Tilmeld" }).click();
    await expect(seminar.getByRole("status").filter({ hasText: "Din tilmelding er registreret." })).toBeVisible();
    await expect(seminar.getByText(/Du er tilmeldt \(Virtuelt\)\.|på ventelisten \(Virtuelt\)/)).toBeVisible();
    expect(methods).toContain("POST");

    // A second tab still shows the registration.
    const stale = await context.newPage();
    await stale.goto("/seminars");
    const staleSeminar = stale.getByRole("region", { name, exact: true });
    await expect(staleSeminar.getByRole("button", { name: "Afmeld" })).toBeVisible();

    await seminar.getByRole("button", { name: "Afmeld" }).click();
    await expect(seminar.getByRole("status").filter({ hasText: "Du er nu afmeldt." })).toBeVisible();
    await expect(seminar.getByRole("button", { name: "Tilmeld" })).toBeVisible();

    await staleSeminar.getByRole("button", { name: "Afmeld" }).click();
    await expect(staleSeminar.getByRole("alert")).toHaveText("Det findes ikke, eller du har ikke adgang til det.");
    await stale.close();
  });
});

test.describe("without JavaScript: a week of data", () => {
  test.use({ javaScriptEnabled: false });

  // The Norwegian team's one weekly measure, in the current week (the demo leaves it empty); the
  // test empties it again at the end, so the charts other specs read are as the demo made them.
  const MEASURE = "Tjenestemottakere med fallrisikovurdering og tiltaksplan";

  test("the contact person types the week's numerator and denominator; a numerator above the denominator is refused in its cell, then the fixed week is saved", async ({ page }) => {
    await signInWithoutJavaScript(page, "kontakt.no@samspil.demo");
    await page.getByRole("navigation", { name: "Teamets sider" }).getByRole("link", { name: "Måledata", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Måledata" })).toBeVisible();
    const week = (await page.locator("section[aria-labelledby='grid-WEEKLY-heading'] tbody tr").last().locator("th").textContent())!.trim();
    const numerator = page.getByLabel(`${MEASURE}, ${week}, Teller`, { exact: true });
    const denominator = page.getByLabel(`${MEASURE}, ${week}, Nevner`, { exact: true });
    const save = page.getByRole("button", { name: "Lagre", exact: true });
    await expect(numerator).toHaveValue("");
    const methods = recordNavigations(page);

    await numerator.fill("13");
    await denominator.fill("12");
    await save.click();
    await expect(page.getByRole("alert")).toHaveText("Ingenting er lagret: 1 celle har en feil. Rett den og lagre igjen.");
    await expect(numerator).toHaveAttribute("aria-invalid", "true");
    const errorId = (await numerator.getAttribute("aria-describedby"))!.split(" ")[0];
    await expect(page.locator(`[id="${errorId}"]`)).toHaveText("Telleren kan ikke være større enn nevneren.");
    expect(methods).toContain("POST");
    // Refused: nothing was stored.
    await page.goto(page.url());
    await expect(numerator).toHaveValue("");

    await numerator.fill("11");
    await denominator.fill("12");
    await save.click();
    await expect(page.getByRole("status").filter({ hasText: "1 verdi er lagret." })).toBeVisible();
    await page.goto(page.url());
    await expect(numerator).toHaveValue("11");
    await expect(denominator).toHaveValue("12");

    await numerator.fill("");
    await denominator.fill("");
    await save.click();
    await expect(page.getByRole("status").filter({ hasText: "1 verdi er slettet." })).toBeVisible();
  });
});
