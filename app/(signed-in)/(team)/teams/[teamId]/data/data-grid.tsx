"use client";

import type { KeyboardEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ActionForm, errorsOf, useFormContext } from "@/components/ui/action-form";
import { useActionMessages } from "@/components/ui/action-messages";
import { Field } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { SubmitButton } from "@/components/ui/submit-button";
import type { DataEntryGrid } from "@/lib/measurements/data";
import { saveMeasurementsAction } from "@/lib/measurements/actions";

type Group = DataEntryGrid["groups"][number];
type Measure = Group["measures"][number];
type CellField = "numerator" | "denominator" | "note";
const fieldsOf = (measure: Measure): CellField[] => (measure.hasDenominator ? ["numerator", "denominator", "note"] : ["numerator", "note"]);
const NOTE_MAX = 500;

/**
 * The data-entry grid: per frequency a table of periods (rows) × measures (numerator, denominator
 * where the measure has one, and a note). It is one form that posts every cell it shows with what
 * the cell showed, so it saves without JavaScript too; the server keeps only the cells that changed
 * and saves them in one batch, and its errors show in the cells. With JavaScript, arrow keys and
 * Enter move between inputs like a spreadsheet.
 */
export function DataGrid({ teamId, groups, canWrite }: { teamId: string; groups: DataEntryGrid["groups"]; canWrite: boolean }) {
  const t = useTranslations("dataEntry");
  const success = ({ saved, deleted }: { saved: number; deleted: number }) =>
    [saved > 0 ? t("saved", { count: saved }) : null, deleted > 0 ? t("deleted", { count: deleted }) : null].filter(Boolean).join(" ") || t("nothingToSave");
  // Each cell's position in the post: the groups' cells in order, period by period, measure by measure.
  const offsets = groups.map((_, g) => groups.slice(0, g).reduce((sum, group) => sum + group.periods.length * group.measures.length, 0));

  return (
    <ActionForm action={saveMeasurementsAction} id="data-grid" namespace="dataEntry" success={success} className="flex flex-col gap-6" aria-label={t("title")}>
      <input type="hidden" name="teamId" value={teamId} />
      {groups.map((group, g) => (
        <GridTable key={group.frequency} group={group} g={g} offset={offsets[g]} canWrite={canWrite} />
      ))}
      {canWrite && (
        <div>
          <SubmitButton className="btn-primary min-h-11" pendingLabel={t("saving")}>
            {t("save")}
          </SubmitButton>
        </div>
      )}
    </ActionForm>
  );
}

function GridTable({ group, g, offset, canWrite }: { group: Group; g: number; offset: number; canWrite: boolean }) {
  const t = useTranslations("dataEntry");
  const fieldLabel = (field: CellField, measure: Measure) => (field === "numerator" ? (measure.hasDenominator ? t("numerator") : t("value")) : t(field));
  return (
    <Section id={`grid-${group.frequency}`} title={t(group.frequency === "WEEKLY" ? "weekly" : "monthly")} className="card flex flex-col gap-2 overflow-x-auto">
      <table className="border-collapse text-sm">
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="border border-slate-300 p-2 text-left">
              {t("period")}
            </th>
            {group.measures.map((measure) => (
              <th key={measure.id} scope="colgroup" colSpan={fieldsOf(measure).length} className="max-w-64 border border-slate-300 p-2 text-left">
                {measure.name}
                {measure.missingTotal > 0 && <span className="block font-normal text-slate-700">{t("missingTotal", { count: measure.missingTotal })}</span>}
              </th>
            ))}
          </tr>
          <tr>
            {group.measures.flatMap((measure) =>
              fieldsOf(measure).map((field) => (
                <th key={`${measure.id}-${field}`} scope="col" className="border border-slate-300 p-1 text-left font-medium">
                  {fieldLabel(field, measure)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {group.periods.map((period, r) => {
            let column = 0;
            return (
              <tr key={period.start}>
                <th scope="row" className="border border-slate-300 p-2 text-left font-medium whitespace-nowrap">
                  {period.label}
                </th>
                {group.measures.flatMap((measure, m) =>
                  fieldsOf(measure).map((field) => (
                    <GridCell
                      key={`${measure.id}-${period.start}-${field}`}
                      id={`cell-${g}-${r}-${column++}`}
                      position={offset + r * group.measures.length + m}
                      measure={measure}
                      period={period}
                      field={field}
                      label={t("cellLabel", { measure: measure.name, period: period.label, field: fieldLabel(field, measure) })}
                      canWrite={canWrite}
                    />
                  )),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </Section>
  );
}

/** One input of the grid. The numerator's cell also carries the cell's measure, period and what it showed. */
function GridCell({
  id,
  position,
  measure,
  period,
  field,
  label,
  canWrite,
}: {
  id: string;
  position: number;
  measure: Measure;
  period: Group["periods"][number];
  field: CellField;
  label: string;
  canWrite: boolean;
}) {
  const t = useTranslations("dataEntry");
  const locale = useLocale();
  const { namespace, result } = useFormContext();
  const messages = useActionMessages(namespace);
  const saved = measure.values[period.start];
  const shown = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value).replace(".", locale === "en" ? "." : ","));
  const value = field === "note" ? (saved?.note ?? "") : shown(saved?.[field]);
  const missing = field === "numerator" && measure.missing.includes(period.start);
  const name = `cells.${position}`;
  // The cell's own errors (an unknown measure, a repeated or misaligned period) show at its numerator.
  const cellErrors = field === "numerator" ? [...errorsOf(result, `${name}.period`), ...errorsOf(result, `${name}.measure`)] : [];
  const isNote = field === "note";
  return (
    <td className={`border border-slate-300 p-1 align-top ${missing ? "bg-amber-50" : ""}`}>
      {field === "numerator" && (
        <>
          <input type="hidden" name={`${name}.measureId`} value={measure.id} />
          <input type="hidden" name={`${name}.period`} value={period.start} />
          <input type="hidden" name={`${name}.was`} value={saved ? JSON.stringify([saved.numerator, saved.denominator, saved.note]) : ""} />
        </>
      )}
      <Field
        id={id}
        name={`${name}.${field}`}
        label={label}
        maxLength={isNote ? NOTE_MAX : undefined}
        initialLength={value.length}
        // The label is for screen readers (the table's headings say it); a note's counter shows while it is edited or too long.
        className={`flex max-w-40 flex-col gap-1 [&>label]:sr-only ${isNote ? "[&>[id$='-count']]:sr-only [&:focus-within>[id$='-count']]:not-sr-only [&>[aria-live='polite']]:not-sr-only" : ""}`}
      >
        {(control) => {
          const invalid = control["aria-invalid"] || cellErrors.length > 0 || undefined;
          const describedBy = [control["aria-describedby"], cellErrors.length > 0 ? `${id}-cell-error` : null, missing ? `${id}-missing` : null].filter(Boolean).join(" ");
          return (
            <>
              <input
                {...control}
                data-g={id.split("-")[1]}
                data-r={id.split("-")[2]}
                data-c={id.split("-")[3]}
                className={`input ${isNote ? "w-36" : "w-20"} ${invalid ? "border-red-700" : ""}`}
                inputMode={isNote ? undefined : "decimal"}
                autoComplete="off"
                readOnly={!canWrite}
                defaultValue={value}
                onKeyDown={move}
                aria-invalid={invalid}
                aria-describedby={describedBy || undefined}
              />
              {missing && (
                <span id={`${id}-missing`} className="block text-xs text-amber-900">
                  {t("missing")}
                </span>
              )}
              {cellErrors.length > 0 && (
                <span id={`${id}-cell-error`} className="block text-xs text-red-800">
                  {cellErrors.map((key) => messages.field(key)).join(" ")}
                </span>
              )}
            </>
          );
        }}
      </Field>
    </td>
  );
}

/** Spreadsheet keys: Enter and the arrows move to the next input (left and right at the text's ends). */
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
