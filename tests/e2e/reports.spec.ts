import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import { expectNoSeriousAxeViolations } from "./pages/axe";
import { signIn } from "./pages/sign-in";

const unique = Date.now().toString(36);

function teamInfo(teamId: string): { name: string; collaborativeId: string } {
  const file = (process.env.E2E_DATABASE_URL ?? "file:./prisma/e2e.db").replace(/^file:/, "");
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT name, collaborativeId FROM Team WHERE id = ?").get(teamId) as { name: string; collaborativeId: string };
  } finally {
    db.close();
  }
}

test.describe.configure({ mode: "serial" });

let teamId = "";
let month = "";

test("the contact person submits a due (or missing) monthly report", async ({ page }) => {
  await signIn(page, "kontakt@samspil.demo");
  await page.getByRole("navigation", { name: "Teamets sider" }).getByRole("link", { name: "Rapporter", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Månedsrapporter" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // The demo's due report when there is one, else the newest overdue (missing) month.
  const rows = page.locator("tbody tr");
  const due = rows.filter({ hasText: "Skal indsendes" });
  const row = (await due.count()) > 0 ? due.first() : rows.filter({ hasText: "Forsinket" }).first();
  await row.getByRole("link").click();
  await expect(page).toHaveURL(/\/teams\/[^/]+\/reports\/\d{4}-\d{2}$/);
  [, teamId, month] = /\/teams\/([^/]+)\/reports\/(\d{4}-\d{2})$/.exec(page.url())!;
  await expect(page.getByRole("heading", { level: 2, name: "Månedens tal" })).toBeVisible();
  await expect(page.getByText("Afsluttede PDSA-cirkler")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("button", { name: "Indsend rapport" }).click();
  await expect(page.getByLabel(/Hvad gik godt/)).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel(/Hvad gik godt/).fill(`Daglige tavlemøder ${unique}`);
  await page.getByLabel("Hvilke barrierer mødte I?").fill("Sygdom i personalegruppen");
  await page.getByLabel("Hvilken hjælp har I brug for?").fill("Sparring om seriediagrammer");
  await page.getByRole("button", { name: "Indsend rapport" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Teamets svar" })).toBeVisible();
  await expect(page.getByText(`Daglige tavlemøder ${unique}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Indsend rapport" })).toHaveCount(0);
});

test("the secretariat finds the report and scores it 3.5 with a comment", async ({ page }) => {
  expect(teamId, "the report of the previous test").not.toBe("");
  const team = teamInfo(teamId);
  await signIn(page, "sekretariat@samspil.demo");
  await page.goto(`/collaboratives/${team.collaborativeId}/reports`);
  await expect(page.getByRole("heading", { level: 1, name: "Månedsrapporter og vurderinger" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel("Vis måned").selectOption(month);
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`month=${month}`));
  await page.getByRole("row", { name: new RegExp(team.name) }).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/reports/${teamId}/${month}$`));
  await expect(page.getByText(`Daglige tavlemøder ${unique}`)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.getByRole("radio", { name: /^3,5 Forbedring/ }).check();
  await page.getByLabel("Kommentar til teamet").fill(`Godt i gang ${unique}`);
  await page.getByRole("button", { name: "Gem vurdering" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Vurderingen er gemt." })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Nuværende vurdering" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Ret vurderingen" })).toBeVisible();
});

test("the contact person sees the score and comment", async ({ page }) => {
  expect(teamId, "the report of the first test").not.toBe("");
  await signIn(page, "kontakt@samspil.demo");
  await page.goto(`/teams/${teamId}/reports`);
  await expect(page.getByText(`Godt i gang ${unique}`)).toBeVisible();
  await expect(page.getByText("3,5 Forbedring").first()).toBeVisible();
});
