import "server-only";
import { fail } from "@/lib/actions/result";
import { parseImport, type ImportRow } from "./csv";
import { importSourceField, isXlsxFile, type ImportMeasurementsInput, type PreviewedSource } from "./schema";
import { parseXlsxImport } from "./xlsx";

/**
 * The rows of an import's CSV text, .xlsx file (base64) or uploaded file, read and bounded before any
 * write transaction opens (the import action's `prepare`, STYLE.md "Hostile input"; the schema has
 * already bounded the sizes): a file without rows, without the template's header, too large or
 * unreadable is refused here as VALIDATION under its field. With the rows comes what was read, as
 * text or base64 (`source`), which a preview hands back for its confirm to post.
 */
export async function readImportFile(input: ImportMeasurementsInput): Promise<{ rows: ImportRow[]; source: PreviewedSource }> {
  const field = importSourceField(input);
  const { parsed, source } = await parseSource(input);
  if (parsed.headerError) fail({ code: "VALIDATION", fieldErrors: { [field]: [parsed.headerError] } });
  if (parsed.rows.length === 0) fail({ code: "VALIDATION", fieldErrors: { [field]: ["noRows"] } });
  return { rows: parsed.rows, source };
}

async function parseSource({ file, xlsx, csv }: ImportMeasurementsInput) {
  if (file !== undefined) {
    const bytes = Buffer.from(await file.arrayBuffer());
    if (isXlsxFile(file)) return { parsed: await parseXlsxImport(bytes), source: { xlsx: bytes.toString("base64") } };
    const text = new TextDecoder().decode(bytes);
    return { parsed: parseImport(text), source: { csv: text } };
  }
  if (xlsx !== undefined) return { parsed: await parseXlsxImport(Buffer.from(xlsx, "base64")), source: { xlsx } };
  return { parsed: parseImport(csv ?? ""), source: { csv: csv ?? "" } };
}
