"use client";

import { useMemo, useState, type FormEvent, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { failureMessage, fieldMessage } from "@/components/teams/action-feedback";
import type { DataEntryGrid } from "@/lib/measurements/data";
import { saveMeasurementsAction } from "@/lib/measurements/actions";

type Field = "numerator" | "denominator" | "note";
type CellValues = Record<Field, string>;
const cellKey = (measureId: string, start: string) => `${measureId}|${start}`;

/**
 * The data-entry grid: per frequency a table of periods (rows) × measures (numerator, denominator
 * where the measure has one, and a note). Arrow keys and Enter move between inputs like a
 * spreadsheet; Save sends the changed cells in one batch, and the server's errors show in the cells.
 */
export function DataGrid({ teamId, groups, canWrite }: { teamId: string; groups: DataEntryGrid["groups"]; canWrite: boolean }) {
  const t = useTranslations("dataEntry");
  const tErrors = useTranslations("errors");
  const locale = useLocale();
  const router = useRouter();
  const decimalMark = locale === "en" ? "." : ",";
  const show = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value).replace(".", decimalMark));

  const [values, setValues] = useState<Record<string, CellValues>>(() => {
    const initial: Record<string, CellValues> = {};
    for (const group of groups)
      for (const measure of group.measures)
        for (const [start, value] of Object.entries(measure.values))
          initial[cellKey(measure.id, start)] = { numerator: show(value.numerator), denominator: show(value.denominator), note: value.note };
    return initial;
  });
  // Cells with a saved value: emptying such a cell and saving deletes the value.
  const savedKeys = useMemo(() => new Set(groups.flatMap((group) => group.measures.flatMap((measure) => Object.keys(measure.values).map((start) => cellKey(measure.id, start))))), [groups]);
  const [dirty, setDirty] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  function change(key: string, field: Field, value: string) {
    setValues((current) => ({ ...current, [key]: { ...(current[key] ?? { numerator: "", denominator: "", note: "" }), [field]: value } }));
    setDirty((current) => new Set(current).add(key));
  }

  function move(event: KeyboardEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const g = input.dataset.g;
    const r = Number(input.dataset.r);
    const c = Number(input.dataset.c);
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length;
    let target: [number, number] | null = null;
    if (event.key === "ArrowDown" || (event.key === "Enter" && !event.shiftKey)) target = [r + 1, c];
    else if (event.key === "ArrowUp" || (event.key === "Enter" && event.shiftKey)) target = [r - 1, c];
    else if (event.key === "ArrowLeft" && atStart) target = [r, c - 1];
    else if (event.key === "ArrowRight" && atEnd) target = [r, c + 1];
    if (event.key === "Enter") event.preventDefault();
    if (!target) return;
    const next = document.querySelector<HTMLInputElement>(`input[data-g="${g}"][data-r="${target[0]}"][data-c="${target[1]}"]`);
    if (next) {
      event.preventDefault();
      next.focus();
      next.select();
    }
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const keys = [...dirty].filter((key) => {
      const value = values[key];
      return value && (savedKeys.has(key) || value.numerator.trim() !== "" || value.denominator.trim() !== "" || value.note.trim() !== "");
    });
    setStatus(null);
    if (keys.length === 0) {
      setStatus({ kind: "ok", text: t("nothingToSave") });
      return;
    }
    const cells = keys.map((key) => {
      const [measureId, period] = key.split("|");
      return { measureId, period, ...values[key] };
    });
    setPending(true);
    const result = await saveMeasurementsAction({ teamId, cells });
    setPending(false);
    if (!result.ok) {
      const cellErrors: Record<string, string[]> = {};
      for (const [path, fieldKeys] of Object.entries(result.fieldErrors ?? {})) {
        const match = /^cells\.(\d+)\.(\w+)$/.exec(path);
        if (!match) continue;
        const field = match[2] === "period" || match[2] === "measure" ? "numerator" : match[2];
        const id = `${keys[Number(match[1])]}|${field}`;
        cellErrors[id] = [...(cellErrors[id] ?? []), ...fieldKeys];
      }
      setErrors(cellErrors);
      const count = Object.keys(cellErrors).length;
      setStatus({ kind: "error", text: count > 0 ? t("cellErrors", { count }) : failureMessage(result, tErrors, t) });
      return;
    }
    const { saved, deleted } = result.data;
    const cleared = keys.filter((key) => values[key].numerator.trim() === "");
    if (cleared.length > 0) {
      setValues((current) => {
        const next = { ...current };
        for (const key of cleared) delete next[key];
        return next;
      });
    }
    setErrors({});
    setDirty(new Set());
    const parts = [saved > 0 ? t("saved", { count: saved }) : null, deleted > 0 ? t("deleted", { count: deleted }) : null].filter((part) => part !== null);
    setStatus({ kind: "ok", text: parts.length > 0 ? parts.join(" ") : t("nothingToSave") });
    router.refresh();
  }

  const message = (key: string) => fieldMessage(key, tErrors, t);
  const fieldLabel = (field: Field, hasDenominator: boolean) => (field === "numerator" ? (hasDenominator ? t("numerator") : t("value")) : t(field));

  return (
    <form onSubmit={save} noValidate className="flex flex-col gap-6">
      {groups.map((group, g) => (
        <section key={group.frequency} aria-labelledby={`grid-${group.frequency}`} className="card overflow-x-auto">
          <h2 id={`grid-${group.frequency}`} className="text-lg font-semibold">
            {t(group.frequency === "WEEKLY" ? "weekly" : "monthly")}
          </h2>
          <table className="mt-2 border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" rowSpan={2} className="border border-slate-300 p-2 text-left">
                  {t("period")}
                </th>
                {group.measures.map((measure) => (
                  <th key={measure.id} scope="colgroup" colSpan={measure.hasDenominator ? 3 : 2} className="max-w-64 border border-slate-300 p-2 text-left">
                    {measure.name}
                    {measure.missingTotal > 0 && <span className="block font-normal text-slate-700">{t("missingTotal", { count: measure.missingTotal })}</span>}
                  </th>
                ))}
              </tr>
              <tr>
                {group.measures.flatMap((measure) =>
                  (measure.hasDenominator ? (["numerator", "denominator", "note"] as const) : (["numerator", "note"] as const)).map((field) => (
                    <th key={`${measure.id}-${field}`} scope="col" className="border border-slate-300 p-1 text-left font-medium">
                      {fieldLabel(field, measure.hasDenominator)}
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody>
              {group.periods.map((period, r) => {
                let c = 0;
                return (
                  <tr key={period.start}>
                    <th scope="row" className="border border-slate-300 p-2 text-left font-medium whitespace-nowrap">
                      {period.label}
                    </th>
                    {group.measures.flatMap((measure) => {
                      const key = cellKey(measure.id, period.start);
                      const missing = measure.missing.includes(period.start);
                      const fields = measure.hasDenominator ? (["numerator", "denominator", "note"] as const) : (["numerator", "note"] as const);
                      return fields.map((field) => {
                        const column = c++;
                        const id = `cell-${g}-${r}-${column}`;
                        const cellErrors = errors[`${key}|${field}`];
                        const describedBy = [cellErrors ? `${id}-error` : null, missing && field === "numerator" ? `${id}-missing` : null].filter(Boolean).join(" ");
                        return (
                          <td key={`${key}-${field}`} className={`border border-slate-300 p-1 align-top ${missing ? "bg-amber-50" : ""}`}>
                            <label htmlFor={id} className="sr-only">
                              {t("cellLabel", { measure: measure.name, period: period.label, field: fieldLabel(field, measure.hasDenominator) })}
                            </label>
                            <input
                              id={id}
                              data-g={g}
                              data-r={r}
                              data-c={column}
                              className={`input ${field === "note" ? "w-36" : "w-20"} ${cellErrors ? "border-red-700" : ""}`}
                              inputMode={field === "note" ? undefined : "decimal"}
                              autoComplete="off"
                              readOnly={!canWrite}
                              maxLength={field === "note" ? 500 : 20}
                              value={values[key]?.[field] ?? ""}
                              onChange={(event) => change(key, field, event.target.value)}
                              onKeyDown={move}
                              aria-invalid={cellErrors ? true : undefined}
                              aria-describedby={describedBy || undefined}
                            />
                            {missing && field === "numerator" && (
                              <span id={`${id}-missing`} className="block text-xs text-amber-900">
                                {t("missing")}
                              </span>
                            )}
                            {cellErrors && (
                              <p id={`${id}-error`} className="mt-1 max-w-40 text-xs text-red-800">
                                {cellErrors.map(message).join(" ")}
                              </p>
                            )}
                          </td>
                        );
                      });
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
      <div aria-live="polite" role="status">
        {status && <p className={status.kind === "error" ? "rounded border border-red-300 bg-red-50 p-2 text-red-800" : "rounded bg-brand-50 p-2"}>{status.text}</p>}
      </div>
      {canWrite && (
        <div>
          <button type="submit" className="btn-primary min-h-11" disabled={pending}>
            {pending ? t("saving") : t("save")}
          </button>
        </div>
      )}
    </form>
  );
}
