import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./pages/axe";
import { signIn } from "./pages/sign-in";

const NORWEGIAN_TEAMS = ["Solbakken sykehjem, avdeling 2", "Hjemmetjenesten Fjellby sentrum", "Hjemmesykepleien Elvdal nord"];

test("the manager creates an API token, reads the Danish region's teams with it, revokes it and is then refused", async ({ page, request }) => {
  const name = `Power BI ${randomUUID().slice(0, 6)}`;
  await signIn(page, "leder@samspil.demo");
  await page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "API-nøgler" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API-nøgler" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Beskrivelsen af API'et (OpenAPI)" })).toHaveAttribute("href", "/api/v1/openapi.json");
  await expectNoSeriousAxeViolations(page);

  await page.getByLabel("Navn", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Opret nøgle" }).click();
  const field = page.getByTestId("api-token-value");
  await expect(field).toBeVisible();
  await expect(field).toHaveAttribute("readonly", "");
  const token = await field.inputValue();
  expect(token).toMatch(/^samspil_[A-Za-z0-9_-]{43}$/);
  await expect(page.locator(`tr[data-token="${name}"]`)).toContainText("Aktiv");
  await expectNoSeriousAxeViolations(page);

  const headers = { Authorization: `Bearer ${token}` };
  const teams = await request.get("/api/v1/teams?limit=1000", { headers });
  expect(teams.status()).toBe(200);
  const body = (await teams.json()) as { data: { name: string; collaborativeId: string }[]; next: string | null };
  expect(body.next).toBeNull();
  const names = body.data.map((team) => team.name);
  expect(names).toContain("Medicinsk afdeling");
  for (const norwegian of NORWEGIAN_TEAMS) expect(names).not.toContain(norwegian);
  const collaborativeIds = [...new Set(body.data.map((team) => team.collaborativeId))];
  expect(collaborativeIds).toHaveLength(1);
  const collaborative = await request.get(`/api/v1/collaboratives/${collaborativeIds[0]}`, { headers });
  expect((await collaborative.json()).data.name).toContain("Region Nordkyst");

  // The page shows the token as used once reloaded, and never shows the token again.
  await page.reload();
  await expect(page.getByTestId("api-token-value")).toHaveCount(0);
  await expect(page.locator(`tr[data-token="${name}"]`)).not.toContainText("Aldrig");

  await page.getByRole("button", { name: `Tilbagekald ${name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Nøglen »${name}« er tilbagekaldt` })).toBeVisible();
  await expect(page.locator(`tr[data-token="${name}"]`)).toContainText("Tilbagekaldt");
  await expectNoSeriousAxeViolations(page);

  const refused = await request.get("/api/v1/teams", { headers });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("UNAUTHENTICATED");
});

test("the OpenAPI document is served without a token and a contact person has no token page", async ({ page, request }) => {
  const document = await request.get("/api/v1/openapi.json");
  expect(document.status()).toBe(200);
  const openapi = await document.json();
  expect(openapi.openapi).toBe("3.1.0");
  expect(Object.keys(openapi.paths)).toContain("/teams");

  expect((await request.get("/api/v1/teams")).status()).toBe(401);

  await signIn(page, "kontakt@samspil.demo");
  await expect(page.getByRole("navigation", { name: "Hovedmenu" }).getByRole("link", { name: "API-nøgler" })).toHaveCount(0);
  const response = await page.goto("/account/api-tokens");
  expect(response?.status()).toBe(404);
});
