import "server-only";
import { fail } from "@/lib/actions/result";
import { parseImport, type ImportRow } from "./csv";
import type { ImportMeasurementsInput } from "./schema";
import { parseXlsxImport } from "./xlsx";

/**
 * The rows of an import's CSV text or .xlsx file, read and bounded before any write transaction
 * opens (the import action's `prepare`, STYLE.md "Hostile input"): a file without rows, without the
 * template's header, too large or unreadable is refused here as VALIDATION under its field.
 */
export async function readImportFile(input: ImportMeasurementsInput): Promise<ImportRow[]> {
  const source = input.xlsx !== undefined ? "xlsx" : "csv";
  const parsed = input.xlsx !== undefined ? await parseXlsxImport(Buffer.from(input.xlsx, "base64")) : parseImport(input.csv ?? "");
  if (parsed.headerError) fail({ code: "VALIDATION", fieldErrors: { [source]: [parsed.headerError] } });
  if (parsed.rows.length === 0) fail({ code: "VALIDATION", fieldErrors: { [source]: ["noRows"] } });
  return parsed.rows;
}
