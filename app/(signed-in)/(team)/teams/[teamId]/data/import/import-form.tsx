"use client";

import { useState, type ChangeEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ActionStatus, HandleForm, useActionForm, type ActionFormHandle } from "@/components/ui/action-form";
import { useActionMessages } from "@/components/ui/action-messages";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { importMeasurementsAction } from "@/lib/measurements/actions";
import type { ImportPreviewRow } from "@/lib/measurements/mutations";
import { isXlsxFile, MAX_CSV_BYTES, maxImportBytes, type PreviewedSource } from "@/lib/measurements/schema";

const NS = "dataImport";
const ACCEPT = ".csv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

type Preview = { rows: ImportPreviewRow[]; source?: PreviewedSource };
const failedRows = (rows: ImportPreviewRow[]) => rows.filter((row) => row.errors.length > 0).length;

/** The rows to show from an import's last result: a preview's, or a refused confirm's (details.rows). */
function previewOf(result: ActionResult<{ rows: ImportPreviewRow[]; confirmed: boolean; source?: PreviewedSource }> | null): Preview | null {
  if (!result) return null;
  if (result.ok) return result.data.confirmed ? null : { rows: result.data.rows, source: result.data.source };
  const rows = result.details?.rows;
  return result.rule === "importHasErrors" && Array.isArray(rows) ? { rows: rows as ImportPreviewRow[] } : null;
}

/**
 * Upload a CSV or Excel file, or paste CSV → a preview with each row's errors → import all rows (or
 * none). Two forms on one action, so both work without JavaScript: the source form posts the file
 * or text for a preview; the preview's confirm form posts what the preview read (its `source`), so
 * the import writes what was shown, even where the page came back with an empty file input.
 * With JavaScript, a file too large is refused before it is sent, too long a text is flagged, and a
 * changed source hides the preview of the previous one (the server checks the limits either way).
 */
export function ImportForm({ teamId }: { teamId: string }) {
  const t = useTranslations(NS);
  const messages = useActionMessages(NS);
  const [chosenXlsx, setChosenXlsx] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const [textTooLarge, setTextTooLarge] = useState(false);
  const handle = useActionForm(importMeasurementsAction, {
    id: "import",
    namespace: NS,
    onSuccess: (data, form) => {
      if (!data.confirmed) return;
      form?.reset();
      setChosenXlsx(null);
    },
  });
  // The result the source was changed after: its preview no longer belongs to what the form holds.
  const [changedAfter, setChangedAfter] = useState<typeof handle.result>(null);
  const current = handle.result !== changedAfter ? handle.result : null;
  const preview = previewOf(current);
  const failed = preview ? failedRows(preview.rows) : 0;
  // A preview with errors is answered, not refused: it shows as a warning (the import is refused later).
  const hasErrors = current?.ok === true && !current.data.confirmed && failed > 0;

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setChangedAfter(handle.result);
    setTooLarge(false);
    setChosenXlsx(null);
    if (!file) return;
    if (file.size > maxImportBytes(file)) {
      event.target.value = "";
      setTooLarge(true);
    } else if (isXlsxFile(file)) setChosenXlsx(file.name);
  }

  function typeText(event: ChangeEvent<HTMLTextAreaElement>) {
    const text = event.target.value;
    setChangedAfter(handle.result);
    setTextTooLarge(text.length * 3 > MAX_CSV_BYTES && new TextEncoder().encode(text).length > MAX_CSV_BYTES);
  }

  return (
    <div className="flex flex-col gap-4">
      <Section id="import-source" title={t("source")} className="card flex flex-col gap-3">
        <HandleForm handle={handle} className="flex flex-col gap-3" aria-labelledby="import-source-heading">
          <input type="hidden" name="teamId" value={teamId} />
          <Field id="import-file" name="file" label={t("file")} hint={t("fileHint")}>
            {(control) => (
              <>
                <input
                  {...control}
                  type="file"
                  accept={ACCEPT}
                  onChange={chooseFile}
                  className="min-h-11"
                  aria-invalid={control["aria-invalid"] ?? (tooLarge || undefined)}
                  aria-describedby={[control["aria-describedby"], tooLarge ? "import-file-size" : null].filter(Boolean).join(" ") || undefined}
                />
                {tooLarge && (
                  <p id="import-file-size" className="text-sm text-red-800">
                    {messages.field("fileTooLarge")}
                  </p>
                )}
                {chosenXlsx && <p className="text-sm">{t("xlsxChosen", { name: chosenXlsx })}</p>}
              </>
            )}
          </Field>
          <Field id="import-text" name="csv" label={t("paste")} hint={t("pasteHint")}>
            {(control) => (
              <>
                <textarea
                  {...control}
                  rows={8}
                  className="input font-mono"
                  onChange={typeText}
                  aria-invalid={control["aria-invalid"] ?? (textTooLarge || undefined)}
                  aria-describedby={[control["aria-describedby"], textTooLarge ? "import-text-size" : null].filter(Boolean).join(" ") || undefined}
                />
                {textTooLarge && (
                  <p id="import-text-size" className="text-sm text-red-800">
                    {messages.field("fileTooLarge")}
                  </p>
                )}
              </>
            )}
          </Field>
          <div>
            <SubmitButton className="btn-secondary min-h-11">{t("preview")}</SubmitButton>
          </div>
        </HandleForm>
      </Section>
      <ActionStatus
        handle={handle}
        success={(data) => (data.confirmed ? t("imported", { count: data.written }) : failedRows(data.rows) > 0 ? null : t("previewOk", { count: data.rows.length }))}
      />
      <div aria-live="polite">
        {hasErrors && (
          <Alert tone="warning" announce>
            {t("previewErrors", { count: failed })}
          </Alert>
        )}
      </div>
      {preview && <PreviewTable handle={handle} teamId={teamId} preview={preview} canConfirm={failed === 0} />}
    </div>
  );
}

/** The rows as read, each with its errors; without errors, the confirm form that imports them. */
function PreviewTable({ handle, teamId, preview, canConfirm }: { handle: ActionFormHandle<unknown>; teamId: string; preview: Preview; canConfirm: boolean }) {
  const t = useTranslations(NS);
  const messages = useActionMessages(NS);
  const locale = useLocale();
  const show = (value: number | null) => (value === null ? "" : String(value).replace(".", locale === "en" ? "." : ","));
  const errorText = (errors: string[]) => errors.map((key) => messages.field(key)).join(" ");
  const { rows, source } = preview;
  return (
    <Section id="import-preview" title={t("previewTitle")} className="card flex flex-col gap-2 overflow-x-auto">
      <table className="w-full border-collapse text-sm">
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
              <td className={`border border-slate-300 p-2 ${row.errors.length > 0 ? "text-red-800" : ""}`}>{row.errors.length > 0 ? errorText(row.errors) : t("rowOk")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {canConfirm && source ? (
        <HandleForm handle={handle} id="import-confirm" className="mt-1">
          <input type="hidden" name="teamId" value={teamId} />
          {"xlsx" in source ? <input type="hidden" name="xlsx" value={source.xlsx} /> : <input type="hidden" name="csv" value={source.csv} />}
          <div>
            <SubmitButton name="confirm" value="true" className="btn-primary min-h-11">
              {t("confirm", { count: rows.length })}
            </SubmitButton>
          </div>
        </HandleForm>
      ) : (
        <p className="mt-1">{t("fixFirst")}</p>
      )}
    </Section>
  );
}
