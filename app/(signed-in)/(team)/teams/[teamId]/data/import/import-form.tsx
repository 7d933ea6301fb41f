"use client";

import { useState, type ChangeEvent } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { failureMessage, fieldMessage } from "@/components/teams/action-feedback";
import { importMeasurementsAction } from "@/lib/measurements/actions";
import type { ImportPreviewRow } from "@/lib/measurements/mutations";
import { MAX_CSV_BYTES, MAX_XLSX_BYTES } from "@/lib/measurements/schema";
const isXlsx = (file: File) => /\.xlsx$/i.test(file.name) || file.type === "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Upload a CSV or Excel file, or paste CSV → a preview with each row's errors → import all rows (or none). */
export function ImportForm({ teamId }: { teamId: string }) {
  const t = useTranslations("dataImport");
  const tErrors = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const [csv, setCsv] = useState("");
  const [xlsx, setXlsx] = useState<{ name: string; base64: string } | null>(null);
  const [rows, setRows] = useState<ImportPreviewRow[] | null>(null);
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [csvErrors, setCsvErrors] = useState<string[]>([]);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const message = (key: string) => fieldMessage(key, tErrors, t);
  const show = (value: number | null) => (value === null ? "" : String(value).replace(".", locale === "en" ? "." : ","));
  const errorCount = rows?.filter((row) => row.errors.length > 0).length ?? 0;

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setRows(null);
    setStatus(null);
    setCsvErrors([]);
    setFileErrors([]);
    setXlsx(null);
    if (!file) return;
    if (file.size > (isXlsx(file) ? MAX_XLSX_BYTES : MAX_CSV_BYTES)) {
      setFileErrors(["fileTooLarge"]);
      return;
    }
    if (isXlsx(file)) {
      setCsv("");
      setXlsx({ name: file.name, base64: toBase64(new Uint8Array(await file.arrayBuffer())) });
    } else setCsv(await file.text());
  }

  async function run(confirm: boolean) {
    if (!xlsx && new TextEncoder().encode(csv).length > MAX_CSV_BYTES) {
      setCsvErrors(["fileTooLarge"]);
      return;
    }
    setPending(true);
    setStatus(null);
    const result = await importMeasurementsAction({ teamId, ...(xlsx ? { xlsx: xlsx.base64 } : { csv }), confirm });
    setPending(false);
    if (!result.ok) {
      setCsvErrors(result.fieldErrors?.csv ?? []);
      setFileErrors(result.fieldErrors?.xlsx ?? []);
      if (result.rule === "importHasErrors" && rows) {
        const byLine = result.fieldErrors ?? {};
        setRows(rows.map((row) => ({ ...row, errors: byLine[`line.${row.line}`] ?? row.errors })));
      }
      setStatus({ kind: "error", text: failureMessage(result, tErrors, t) });
      return;
    }
    setCsvErrors([]);
    setFileErrors([]);
    setRows(result.data.rows);
    if (confirm) {
      setStatus({ kind: "ok", text: t("imported", { count: result.data.written }) });
      setCsv("");
      setXlsx(null);
      setRows(null);
      router.refresh();
    } else {
      const failed = result.data.rows.filter((row) => row.errors.length > 0).length;
      setStatus(failed > 0 ? { kind: "error", text: t("previewErrors", { count: failed }) } : { kind: "ok", text: t("previewOk", { count: result.data.rows.length }) });
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <section aria-labelledby="import-source-heading" className="card flex flex-col gap-3">
        <h2 id="import-source-heading" className="text-lg font-semibold">
          {t("source")}
        </h2>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="font-medium">
            {t("file")}
          </label>
          <p id="import-file-hint" className="text-sm text-slate-600">
            {t("fileHint")}
          </p>
          <input
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={readFile}
            className="min-h-11"
            aria-invalid={fileErrors.length > 0 ? true : undefined}
            aria-describedby={fileErrors.length > 0 ? "import-file-error import-file-hint" : "import-file-hint"}
          />
          {fileErrors.length > 0 && (
            <p id="import-file-error" className="text-sm text-red-800">
              {fileErrors.map(message).join(" ")}
            </p>
          )}
          {xlsx && <p className="text-sm">{t("xlsxChosen", { name: xlsx.name })}</p>}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-text" className="font-medium">
            {t("paste")}
          </label>
          <p id="import-text-hint" className="text-sm text-slate-600">
            {t("pasteHint")}
          </p>
          <textarea
            id="import-text"
            rows={8}
            className="input font-mono"
            value={csv}
            onChange={(event) => {
              setCsv(event.target.value);
              setXlsx(null);
              setRows(null);
            }}
            aria-invalid={csvErrors.length > 0 ? true : undefined}
            aria-describedby={csvErrors.length > 0 ? "import-text-error import-text-hint" : "import-text-hint"}
          />
          {csvErrors.length > 0 && (
            <p id="import-text-error" className="text-sm text-red-800">
              {csvErrors.map(message).join(" ")}
            </p>
          )}
        </div>
        <div>
          <button type="button" className="btn-secondary min-h-11" disabled={pending || (xlsx === null && csv.trim() === "")} onClick={() => run(false)}>
            {t("preview")}
          </button>
        </div>
      </section>
      <div aria-live="polite" role="status">
        {status && <p className={status.kind === "error" ? "rounded border border-red-300 bg-red-50 p-2 text-red-800" : "rounded bg-brand-50 p-2"}>{status.text}</p>}
      </div>
      {rows && (
        <section aria-labelledby="import-preview-heading" className="card overflow-x-auto">
          <h2 id="import-preview-heading" className="text-lg font-semibold">
            {t("previewTitle")}
          </h2>
          <table className="mt-2 w-full border-collapse text-sm">
            <thead>
              <tr>
                {(["line", "measure", "period", "numerator", "denominator", "note", "errors"] as const).map((column) => (
                  <th key={column} scope="col" className="border border-slate-300 p-2 text-left">
                    {t(`columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.line} className={row.errors.length > 0 ? "bg-red-50" : undefined} data-line={row.line}>
                  <th scope="row" className="border border-slate-300 p-2 text-left">
                    {row.line}
                  </th>
                  <td className="border border-slate-300 p-2">{row.measure}</td>
                  <td className="border border-slate-300 p-2">{row.period}</td>
                  <td className="border border-slate-300 p-2">{show(row.numerator)}</td>
                  <td className="border border-slate-300 p-2">{show(row.denominator)}</td>
                  <td className="border border-slate-300 p-2">{row.note}</td>
                  <td className={`border border-slate-300 p-2 ${row.errors.length > 0 ? "text-red-800" : ""}`}>{row.errors.length > 0 ? row.errors.map(message).join(" ") : t("rowOk")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {errorCount === 0 ? (
            <button type="button" className="btn-primary mt-3 min-h-11" disabled={pending} onClick={() => run(true)}>
              {t("confirm", { count: rows.length })}
            </button>
          ) : (
            <p className="mt-3">{t("fixFirst")}</p>
          )}
        </section>
      )}
    </div>
  );
}
