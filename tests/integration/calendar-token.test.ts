import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newCalendarToken } from "@/lib/seminars/calendar-token";
import { createUser } from "@/lib/users/mutations";
import { createTestDb, type TestDb } from "../helpers/test-db";
import { makeUser } from "../helpers/fixtures";

const ROTATION = "20261207000000_session_version_sign_in_address";
const HEX_128 = /^[0-9a-f]{32}$/;

function migrations(folder: string) {
  const root = path.resolve(import.meta.dirname, "../../prisma", folder);
  const names = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const sql = (name: string) => readFileSync(path.join(root, name, "migration.sql"), "utf8");
  return { before: names.filter((name) => name < ROTATION).map(sql), rotation: sql(ROTATION) };
}

const USER_COLUMNS = `"id", "email", "name", "calendarToken", "updatedAt"`;

describe("calendar-feed tokens (issue 16: 128 random bits, not a cuid)", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.drop());

  it("are 32 hex digits and never repeat", () => {
    const tokens = new Set(Array.from({ length: 10_000 }, newCalendarToken));
    expect(tokens.size).toBe(10_000);
    for (const token of [...tokens].slice(0, 100)) expect(token).toMatch(HEX_128);
  });

  it("are given to users created by the administrator and by every fixture path", async () => {
    const admin = await makeUser(t.db, "ADMIN");
    const { userId } = await t.db.$transaction((tx) =>
      createUser(tx, admin.id, { name: "Ny Bruger", email: `ny-${Date.now()}@test.example`, role: "STAFF", locale: "da" }, "http://localhost:3000"),
    );
    const created = await t.db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(created.calendarToken).toMatch(HEX_128);
    expect(admin.calendarToken).toMatch(HEX_128);
  });

  it("replace the cuid tokens of existing users when the migration runs", async () => {
    const oldToken = "cmabcdefghijklmnopqrstuvw";
    if (t.provider === "sqlite") {
      const dir = mkdtempSync(path.join(tmpdir(), "samspil-rotation-"));
      const raw = new Database(path.join(dir, "rotation.db"));
      const { before, rotation } = migrations("migrations");
      for (const sql of before) raw.exec(sql);
      raw.prepare(`INSERT INTO "User" (${USER_COLUMNS}) VALUES (?, ?, ?, ?, ?)`).run("u1", "u1@test.example", "U", oldToken, new Date().toISOString());
      raw.exec(rotation);
      const { calendarToken } = raw.prepare(`SELECT "calendarToken" FROM "User" WHERE "id" = 'u1'`).get() as { calendarToken: string };
      raw.close();
      rmSync(dir, { recursive: true, force: true });
      expect(calendarToken).toMatch(HEX_128);
    } else {
      const admin = new pg.Client({ connectionString: process.env.TEST_PG_URL });
      await admin.connect();
      const name = `samspil_rotation_${process.pid}_${Date.now()}`;
      await admin.query(`CREATE DATABASE "${name}"`);
      const url = new URL(process.env.TEST_PG_URL!);
      url.pathname = `/${name}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      const { before, rotation } = migrations("migrations-postgres");
      for (const sql of before) await client.query(sql);
      await client.query(`INSERT INTO "User" (${USER_COLUMNS}) VALUES ($1, $2, $3, $4, now())`, ["u1", "u1@test.example", "U", oldToken]);
      await client.query(rotation);
      const { rows } = await client.query(`SELECT "calendarToken" FROM "User" WHERE "id" = 'u1'`);
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
      expect(rows[0].calendarToken).toMatch(HEX_128);
    }
  });
});
