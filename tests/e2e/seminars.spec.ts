import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./pages/axe";
import { signIn } from "./pages/sign-in";

// The secretariat schedules a learning seminar about six weeks ahead, only three weeks after the
// demo's next seminar, sees the gap warning and publishes it; the Danish contact person registers;
// the administrator reads the confirmation in the outbox; the personal .ics feed answers. At the end
// the secretariat cancels the seminar, so reruns and later specs find the demo calendar as it was.
const suffix = `${Date.now()}`.slice(-6);
const title = `E2E-seminar ${suffix}`;
/** iCalendar folds long lines (RFC 5545 §3.1); tests read the unfolded text. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");
const day = new Date(Date.now() + (42 + (Number(suffix) % 5)) * 24 * 3600_000).toISOString().slice(0, 10);

test("a seminar too close to its neighbour is scheduled with a warning, published, registered for, mailed and fed", async ({ page }) => {
  await signIn(page, "sekretariat@samspil.demo");
  await page.getByRole("link", { name: /Fast ansvarlig læge/ }).first().click();
  await page.getByRole("link", { name: "Læringsseminarer" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Læringsseminarer" })).toBeVisible();
  await expect(page.getByLabel("Adresse til kalenderabonnement (.ics)")).toHaveValue(/\/api\/calendar\/collaboratives\/.+\.ics$/);
  await expectNoSeriousAxeViolations(page);
  const calendarUrl = page.url();

  await page.getByRole("link", { name: "Planlæg nyt seminar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nyt læringsseminar" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.locator("#seminar-title").fill(title);
  await page.locator("#seminar-startsAt").fill(`${day}T09:00`);
  await page.locator("#seminar-endsAt").fill(`${day}T15:00`);
  await page.locator("#seminar-venue").fill("Hotel Nyborg Strand");
  await page.locator("#seminar-videoUrl").fill("https://video.example/e2e");
  await page.locator("#seminar-capacity").fill("30");
  await page.locator("#seminar-remoteCapacity").fill("20");
  await page.getByRole("button", { name: "Tilføj programpunkt" }).click();
  await page.getByLabel("Tidspunkt for punkt 1").fill("09:00");
  await page.getByLabel("Titel for punkt 1").fill("Velkomst og status");
  await page.getByRole("button", { name: "Opret seminar" }).click();

  await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Bemærk afstanden til nabo-seminarerne" })).toBeVisible();
  await expect(page.getByText(/Der er under 2 måneder siden seminar \d+/)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await page.getByRole("button", { name: "Offentliggør" }).click();
  await expect(page.getByText("Status: Offentliggjort")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Seminaret er offentliggjort, og teamene har fået besked." })).toBeVisible();
  // The room's places and the remote places are counted apart.
  await expect(page.getByText("Fremmøde: 30 af 30 pladser er ledige")).toBeVisible();
  await expect(page.getByText("Virtuelt: 20 af 20 pladser er ledige")).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, "kontakt@samspil.demo");
  await page.goto("/seminars");
  await expect(page.getByRole("heading", { level: 1, name: "Læringsseminarer" })).toBeVisible();
  const section = page.getByRole("region", { name: new RegExp(title) });
  await section.getByLabel("Virtuelt").check();
  await section.getByRole("button", { name: "Tilmeld" }).click();
  await expect(section.getByText("Du er tilmeldt (Virtuelt).")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  const feedUrl = await page.getByLabel("Adresse til din kalender (.ics)").inputValue();
  const feed = await page.request.get(feedUrl);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  const ics = unfold(await feed.text());
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain(title);
  expect(ics).toContain(`DTSTART;TZID=Europe/Copenhagen:${day.replaceAll("-", "")}T090000`);
  expect((await page.request.get(feedUrl.replace(/users\/[^/]+$/, "users/not-a-token.ics"))).status()).toBe(404);

  await page.context().clearCookies();
  await signIn(page, "admin@samspil.demo");
  await page.getByRole("link", { name: "Udbakke" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Udbakke" })).toBeVisible();
  await expect(page.getByText(`Tilmelding bekræftet: ${title}`)).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.context().clearCookies();
  await signIn(page, "sekretariat@samspil.demo");
  await page.goto(calendarUrl);
  const collaborativeFeed = await page.getByLabel("Adresse til kalenderabonnement (.ics)").inputValue();
  const csv = await page.request.get(`${calendarUrl.replace(/\/seminars$/, "").replace("/collaboratives/", "/api/collaboratives/")}/registrations.csv`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toMatch(new RegExp(`${title}.*kontakt@samspil\\.demo.*Virtuelt`));
  await page.getByRole("link", { name: new RegExp(title) }).click();
  await expect(page.getByRole("table").getByText("Virtuelt")).toBeVisible();
  // A remote registration takes a remote place, not a seat in the room.
  await expect(page.getByText("Fremmøde: 30 af 30 pladser er ledige")).toBeVisible();
  await expect(page.getByText("Virtuelt: 19 af 20 pladser er ledige")).toBeVisible();
  await page.getByRole("button", { name: "Aflys seminaret" }).click();
  await expect(page.getByText("Status: Aflyst")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Seminaret er aflyst, og de tilmeldte har fået besked." })).toBeVisible();

  // The collaborative feed answers signed out and shows the cancellation.
  await page.context().clearCookies();
  const cancelledFeed = unfold(await (await page.request.get(collaborativeFeed)).text());
  expect(cancelledFeed).toContain("BEGIN:VCALENDAR");
  const event = cancelledFeed.split("BEGIN:VEVENT").find((chunk) => chunk.includes(title));
  expect(event).toContain("STATUS:CANCELLED");
  expect((await page.request.get(collaborativeFeed.replace(/\/[^/]+\.ics$/, "/wrong.ics"))).status()).toBe(404);
});

test("the secretariat records a held seminar's attendance on one sheet with one save and a confirmation", async ({ page }) => {
  await signIn(page, "sekretariat@samspil.demo");
  await page.getByRole("link", { name: /Fast ansvarlig læge/ }).first().click();
  await page.getByRole("link", { name: "Læringsseminarer" }).click();
  // The demo's first seminar is held, with its attendance recorded.
  await page.getByRole("link", { name: /^Seminar 1:/ }).click();
  const sheet = page.getByRole("form", { name: "Fremmødeliste" });
  await expect(sheet).toBeVisible();
  const choices = sheet.getByRole("combobox");
  const count = await choices.count();
  expect(count, "a registration per row of the sheet").toBeGreaterThan(1);
  // One save button for the whole sheet, not one per person.
  await expect(sheet.getByRole("button")).toHaveCount(1);
  await expectNoSeriousAxeViolations(page);

  const first = choices.first();
  const last = choices.last();
  const firstWas = await first.inputValue();
  const lastWas = await last.inputValue();
  const flip = (value: string) => (value === "ABSENT" ? "IN_PERSON" : "ABSENT");
  await first.selectOption(flip(firstWas));
  await last.selectOption(flip(lastWas));
  await sheet.getByRole("button", { name: "Gem fremmøde" }).click();
  await expect(sheet.getByRole("status")).toHaveText(`Fremmødet er gemt for ${count} personer.`);
  await page.reload();
  await expect(first).toHaveValue(flip(firstWas));
  await expect(last).toHaveValue(flip(lastWas));

  // Put the demo back, again in one save.
  await first.selectOption(firstWas);
  await last.selectOption(lastWas);
  await sheet.getByRole("button", { name: "Gem fremmøde" }).click();
  await expect(sheet.getByRole("status")).toHaveText(`Fremmødet er gemt for ${count} personer.`);
});

test("a seminar whose room is full offers its waiting list, while remote places, counted apart, still register", async ({ page }) => {
  await signIn(page, "kontakt.no@samspil.demo");
  await page.goto("/seminars");
  await expect(page.getByRole("heading", { level: 1, name: "Læringssamlinger" })).toBeVisible();
  // The Norwegian demo's next seminar: its room is full, its remote places (a limit of their own) are not.
  const seminar = page.getByRole("region").filter({ hasText: "Oppmøte (fullt – venteliste)" });
  await expect(seminar).toHaveCount(1);
  await expect(seminar.getByText(/^Oppmøte: alle \d+ plassene er tatt/)).toBeVisible();
  await expect(seminar.getByText(/^Digitalt: \d+ av 8 plasser er ledige?/)).toBeVisible();
  // The demo registers the Norwegian contact person first: start unregistered.
  if ((await seminar.getByRole("button", { name: "Meld av" }).count()) > 0) {
    await seminar.getByRole("button", { name: "Meld av" }).click();
    await expect(seminar.getByRole("status").filter({ hasText: "Du er nå meldt av." })).toBeVisible();
  }
  await seminar.getByLabel("Oppmøte").check();
  await expect(seminar.getByRole("button", { name: "Sett meg på ventelisten" })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await seminar.getByLabel("Digitalt").check();
  await seminar.getByRole("button", { name: "Meld på", exact: true }).click();
  await expect(seminar.getByRole("status").filter({ hasText: "Påmeldingen din er registrert." })).toBeVisible();
  await expect(seminar.getByText("Du er påmeldt (Digitalt).")).toBeVisible();
});
