import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./pages/axe";
import { signIn } from "./pages/sign-in";

const unique = Date.now().toString(36);
const title = `E2E sengehest-tjek ${unique}`;

test.describe.configure({ mode: "serial" });

async function openCycles(page: Page) {
  await page.getByRole("navigation", { name: "Teamets sider" }).getByRole("link", { name: "PDSA-cirkler", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "PDSA-cirkler" })).toBeVisible();
}

async function goTo(page: Page, state: string) {
  await page.getByRole("button", { name: `Gå til ${state}` }).click();
}

test("the contact person walks a blank cycle from PLAN to DONE with ADAPT and gets the prefilled, numbered next cycle", async ({ page }) => {
  await signIn(page, "kontakt@samspil.demo");
  await openCycles(page);
  // The demo team has cycles in every state.
  for (const column of ["Planlæg", "Udfør", "Studér", "Handl", "Afsluttet", "Opgivet"]) {
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${column}`) })).toBeVisible();
  }
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("link", { name: "Start en ny cirkel" }).click();
  await page.getByLabel("Titel").fill(title);
  await page.getByRole("button", { name: "Opret cirkel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/cycles\/[^/]+$/);

  // A premature step is refused with what is missing, in words.
  await page.getByLabel("Formål med cirklen").fill("Færre fald om natten");
  await page.getByRole("button", { name: "Tilføj spørgsmål" }).click();
  await page.getByLabel("Spørgsmål 1", { exact: true }).fill("Bliver tjekket gjort ved hver runde?");
  await page.getByLabel("Hvem", { exact: true }).fill("Nattevagten");
  await page.getByLabel("Hvad", { exact: true }).fill("Tjek af sengehest");
  await page.getByLabel("Hvor", { exact: true }).fill("Stue 3");
  await page.getByLabel("Hvornår", { exact: true }).fill("Uge 12");
  await page.getByLabel("Plan for dataindsamling").fill("Tælle fald pr. nat");
  await goTo(page, "Udfør");
  // A refusal is an alert and rolls the save back with the step (one transaction); the form keeps what was typed.
  await expect(page.locator("#step-error")).toContainText("Tilføj en forudsigelse til spørgsmål 1");
  await expect(page.getByLabel("Hvem", { exact: true })).toHaveValue("Nattevagten");
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel("Forudsigelse til spørgsmål 1").fill("Ja, 9 af 10 runder");
  await goTo(page, "Udfør");
  await expect(page.getByRole("status")).toContainText("Cirklen er nu i trinnet Udfør");

  await page.getByLabel("Observationer").fill("Tjekket 8 af 10 runder");
  await goTo(page, "Studér");
  await expect(page.getByRole("status")).toContainText("Cirklen er nu i trinnet Studér");

  await page.getByLabel("Hvad skete der? (spørgsmål 1)").fill("8 af 10 runder");
  await page.getByRole("group", { name: "Holdt forudsigelsen? (spørgsmål 1)" }).getByLabel("Nej").check();
  await page.getByLabel("Opsummering af læring").fill("Tjekket glemmes ved travlhed");
  await goTo(page, "Handl");
  await expect(page.getByRole("status")).toContainText("Cirklen er nu i trinnet Handl");

  await page.getByLabel("Beslutning", { exact: true }).selectOption({ label: "Tilpas" });
  await page.getByLabel("Begrundelse og næste skridt").fill("Prøv med en påmindelse på tavlen");
  await goTo(page, "Afsluttet");
  await expect(page.getByText("Cirklen er afsluttet og kan ikke ændres. Du kan stadig kommentere.")).toBeVisible();

  // A DONE cycle still takes comments.
  await page.getByLabel("Ny kommentar").fill(`Fin læring ${unique}`);
  await page.getByRole("button", { name: "Tilføj kommentar" }).click();
  await expect(page.getByText(`Fin læring ${unique}`)).toBeVisible();

  const doneUrl = page.url();
  await page.getByRole("button", { name: "Start næste cirkel i rampen" }).click();
  await expect(page).not.toHaveURL(doneUrl);
  // The next cycle is numbered by its place in the ramp, so the ramp does not list one name twice.
  await expect(page.getByRole("heading", { level: 1, name: `${title} (2)`, exact: true })).toBeVisible();
  await expect(page.getByLabel("Formål med cirklen")).toHaveValue("Færre fald om natten");
  await expect(page.getByLabel("Forudsigelse til spørgsmål 1")).toHaveValue("Ja, 9 af 10 runder");
  await expect(page.getByRole("link", { name: `Forrige cirkel: ${title}` })).toBeVisible();
  await page.getByLabel("Omfang (fx 1 patient, 1 vagt, 1 uge)").fill("1 uge");
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Gemt.");

  // Two people on one cycle: the second, stale save is refused and keeps what was typed.
  const other = await page.context().newPage();
  await other.goto(page.url());
  // Typing before hydration races React's textarea set-up (the text lands beside the old value).
  await other.waitForLoadState("networkidle");
  await other.getByLabel("Formål med cirklen").fill("Færre fald om natten på hele afsnittet");
  await other.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(other.getByRole("status")).toContainText("Gemt.");
  await page.getByLabel("Formål med cirklen").fill("Færre fald om natten på stue 3 og 4");
  await page.getByRole("button", { name: "Gem", exact: true }).click();
  await expect(page.locator("#step-error")).toContainText("En anden har gemt ændringer imens");
  await expect(page.getByLabel("Formål med cirklen")).toHaveValue("Færre fald om natten på stue 3 og 4");
  await page.reload();
  await expect(page.getByLabel("Formål med cirklen")).toHaveValue("Færre fald om natten på hele afsnittet");
  await other.close();
});

test("the list view filters by state, and the ramp of a change idea shows its cycles in order", async ({ page }) => {
  await signIn(page, "kontakt@samspil.demo");
  await openCycles(page);
  await page.getByRole("link", { name: "Liste", exact: true }).click();
  await expect(page).toHaveURL(/view=list/);
  await expect(page.getByRole("link", { name: "Liste", exact: true })).toHaveAttribute("aria-current", "page");
  await page.getByLabel("Status").selectOption({ label: "Afsluttet" });
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/view=list.*state=DONE/);
  const rows = page.locator("table tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const state of await rows.locator("td:nth-child(2)").allTextContents()) expect(state).toBe("Afsluttet");

  await rows.locator("td:nth-child(3) a").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Rampe: / })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Cirkel 1: / })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
