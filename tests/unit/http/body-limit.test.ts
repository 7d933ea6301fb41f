import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/http/body-limit";
import { importMeasurementsSchema, MAX_CSV_BYTES, MAX_XLSX_BYTES } from "@/lib/measurements/schema";

// Issue 16, item 7: a 2 MB import got a bare 500 from Next's 1 MB action body limit while the schema
// allowed 2,000,000 characters. The body limit must hold the largest import the schema accepts, so the
// schema refuses a file, with a message naming the limits.

const encodedSize = (input: unknown) => new TextEncoder().encode(JSON.stringify([input])).length;

function csvOfBytes(bytes: number, line: string): string {
  const text = line.repeat(Math.ceil(bytes / new TextEncoder().encode(line).length));
  let cut = text.slice(0, bytes);
  while (new TextEncoder().encode(cut).length > bytes) cut = cut.slice(0, -1);
  return cut;
}

describe("the server-action body limit", () => {
  it("holds the largest CSV the schema accepts, with Danish letters, quotes and a line per row", () => {
    const csv = csvOfBytes(MAX_CSV_BYTES, 'Fald med skade;2026-W12;3;40;"Nattevagt, stue 3 og 4: ""ekstra runde"""\n');
    expect(importMeasurementsSchema.safeParse({ teamId: "t1", csv }).success).toBe(true);
    expect(encodedSize({ teamId: "t1", csv, confirm: true })).toBeLessThan(ACTION_BODY_LIMIT_BYTES);
  });

  it("holds even a CSV that is nothing but quotes (every character escaped)", () => {
    const csv = '"'.repeat(MAX_CSV_BYTES);
    expect(encodedSize({ teamId: "t1", csv, confirm: true })).toBeLessThan(ACTION_BODY_LIMIT_BYTES);
  });

  it("holds the largest workbook, sent as base64", () => {
    const xlsx = "A".repeat(Math.ceil(MAX_XLSX_BYTES / 3) * 4);
    expect(encodedSize({ teamId: "t1", xlsx, confirm: true })).toBeLessThan(ACTION_BODY_LIMIT_BYTES);
  });
});

describe("the import schema", () => {
  it("refuses a CSV over the limit in bytes, not characters (æ, ø and å are two bytes each)", () => {
    const csv = "æ".repeat(MAX_CSV_BYTES / 2 + 1);
    expect(csv.length).toBeLessThan(MAX_CSV_BYTES);
    const result = importMeasurementsSchema.safeParse({ teamId: "t1", csv });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["fileTooLarge"]);
  });
});
