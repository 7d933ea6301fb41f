"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ActionStatus, HandleForm, useActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { archiveMeasureAction, updateMeasureAction } from "@/lib/measures/actions";
import { formatNumber } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import type { MeasureDefinition } from "@/lib/measures/definitions";
import { MEASURE_NS as NS, MeasureFields } from "./measure-form";

/**
 * A list of measure definitions, each with its full definition behind a disclosure and, for those who
 * may edit, an edit form and an archive button. Archived measures stay listed (their data stay).
 */
export function MeasureDefinitions({
  measures,
  canEdit,
  caption,
}: {
  measures: MeasureDefinition[];
  canEdit: boolean;
  caption: string;
}) {
  const t = useTranslations(`${NS}.list`);
  const tEnums = useTranslations("enums");
  const tCharts = useTranslations("charts");
  const raw = useLocale();
  const locale = isLocale(raw) ? raw : DEFAULT_LOCALE;
  // The editor opened last: it stays mounted after closing, to announce its save; each opening
  // (round) starts a fresh one.
  const [editor, setEditor] = useState<{ id: string; open: boolean; round: number } | null>(null);
  const editorMeasure = measures.find((measure) => measure.id === editor?.id);
  // An archived measure loses its button, so the archive's outcome is shown above the table.
  const archive = useActionForm(archiveMeasureAction, { id: "measure-archive", namespace: NS });
  const closeEditor = (id: string) => {
    setEditor((current) => (current ? { ...current, open: false } : null));
    document.getElementById(`measure-edit-button-${id}`)?.focus();
  };

  if (measures.length === 0) return <p>{t("none")}</p>;
  return (
    <div className="flex flex-col gap-4">
      {canEdit && <ActionStatus handle={archive} success={t("archiveDone")} />}
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("type")}</th>
            <th scope="col">{t("kind")}</th>
            <th scope="col">{t("frequency")}</th>
            <th scope="col">{t("goal")}</th>
            <th scope="col">{t("chart")}</th>
            <th scope="col">{t("status")}</th>
            {canEdit && <th scope="col">{t("actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => (
            <tr key={measure.id}>
              <th scope="row" className="font-medium">
                {measure.name}
                <details className="font-normal">
                  <summary className="cursor-pointer text-sm text-brand-700 underline">{t("showDefinition")}</summary>
                  <dl className="mt-2 grid gap-1 text-sm font-normal">
                    <dt className="font-semibold">{t("operationalDefinition")}</dt>
                    <dd className="whitespace-pre-line">{measure.operationalDefinition || "—"}</dd>
                    {(measure.kind === "PROPORTION" || measure.kind === "RATE") && (
                      <>
                        <dt className="font-semibold">{t("numeratorDefinition")}</dt>
                        <dd className="whitespace-pre-line">{measure.numeratorDefinition || "—"}</dd>
                        <dt className="font-semibold">{t("denominatorDefinition")}</dt>
                        <dd className="whitespace-pre-line">{measure.denominatorDefinition || "—"}</dd>
                      </>
                    )}
                    <dt className="font-semibold">{t("compassPoint")}</dt>
                    <dd>{measure.compassPoint ? tEnums(`compassPoint.${measure.compassPoint}`) : "—"}</dd>
                    <dt className="font-semibold">{t("multiplierAndUnit")}</dt>
                    <dd>
                      {formatNumber(locale, measure.multiplier)} {measure.unit}
                    </dd>
                    <dt className="font-semibold">{t("direction")}</dt>
                    <dd>{tEnums(`direction.${measure.direction}`)}</dd>
                    <dt className="font-semibold">{t("measurements")}</dt>
                    <dd>{measure.measurementCount}</dd>
                  </dl>
                </details>
              </th>
              <td>{tEnums(`measureType.${measure.type}`)}</td>
              <td>{tEnums(`measureKind.${measure.kind}`)}</td>
              <td>{tEnums(`frequency.${measure.frequency}`)}</td>
              <td>{measure.goal !== null ? `${formatNumber(locale, measure.goal)}${measure.unit ? ` ${measure.unit}` : ""}` : "—"}</td>
              <td>{tCharts(`kind.${measure.defaultChart}`)}</td>
              <td>{measure.archivedAt ? t("archived") : t("active")}</td>
              {canEdit && (
                <td>
                  {!measure.archivedAt && (
                    <div className="flex flex-wrap gap-2">
                      <button
                        type="button"
                        id={`measure-edit-button-${measure.id}`}
                        className="btn-secondary"
                        aria-expanded={editor?.id === measure.id && editor.open}
                        aria-controls="measure-edit"
                        onClick={() => (editor?.id === measure.id && editor.open ? closeEditor(measure.id) : setEditor({ id: measure.id, open: true, round: (editor?.round ?? 0) + 1 }))}
                      >
                        {t("edit", { name: measure.name })}
                      </button>
                      <HandleForm handle={archive} id={`measure-archive-${measure.id}`} className="inline-flex">
                        <input type="hidden" name="measureId" value={measure.id} />
                        <SubmitButton className="btn-secondary">{t("archive", { name: measure.name })}</SubmitButton>
                      </HandleForm>
                    </div>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit && (
        <div id="measure-edit">
          {editor && editorMeasure && (
            <MeasureEditor key={`${editorMeasure.id}-${editor.round}`} measure={editorMeasure} open={editor.open} decimalComma={locale !== "en"} onClose={() => closeEditor(editorMeasure.id)} />
          )}
        </div>
      )}
    </div>
  );
}

/** The edit form of one measure. A save closes the form; its outcome stays announced here until an editor opens again. */
function MeasureEditor({ measure, open, decimalComma, onClose }: { measure: MeasureDefinition; open: boolean; decimalComma: boolean; onClose: () => void }) {
  const t = useTranslations(`${NS}.list`);
  const tForm = useTranslations(`${NS}.form`);
  const edit = useActionForm(updateMeasureAction, { id: `measure-edit-${measure.id}`, namespace: NS, onSuccess: onClose });
  return (
    <>
      {open && (
        <section aria-labelledby="measure-edit-heading" className="rounded border border-slate-300 p-4">
          <h3 id="measure-edit-heading" className="mb-2 text-lg font-semibold">
            {t("editHeading", { name: measure.name })}
          </h3>
          <HandleForm handle={edit}>
            <input type="hidden" name="measureId" value={measure.id} />
            <MeasureFields measure={measure} decimalComma={decimalComma} />
            <div className="flex gap-2">
              <SubmitButton>{tForm("save")}</SubmitButton>
              <button type="button" className="btn-secondary" onClick={onClose}>
                {tForm("cancel")}
              </button>
            </div>
          </HandleForm>
        </section>
      )}
      <ActionStatus handle={edit} success={tForm("saved")} />
    </>
  );
}
