"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ActionButton } from "@/components/setup/action-form";
import { archiveMeasureAction, updateMeasureAction } from "@/lib/measures/actions";
import { formatNumber } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import type { MeasureDefinition } from "@/lib/measures/definitions";
import { MeasureForm } from "./measure-form";

const NS = "measureDefinitions";

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
  const [editing, setEditing] = useState<string | null>(null);
  const editingMeasure = measures.find((measure) => measure.id === editing);

  if (measures.length === 0) return <p>{t("none")}</p>;
  return (
    <div className="flex flex-col gap-4">
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
                        className="btn-secondary"
                        aria-expanded={editing === measure.id}
                        aria-controls="measure-edit"
                        onClick={() => setEditing(editing === measure.id ? null : measure.id)}
                      >
                        {t("edit", { name: measure.name })}
                      </button>
                      <ActionButton action={archiveMeasureAction} fields={{ measureId: measure.id }} label={t("archive", { name: measure.name })} namespace={NS} />
                    </div>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <div id="measure-edit">
        {canEdit && editingMeasure && (
          <section aria-labelledby="measure-edit-heading" className="rounded border border-slate-300 p-4">
            <h3 id="measure-edit-heading" className="mb-2 text-lg font-semibold">
              {t("editHeading", { name: editingMeasure.name })}
            </h3>
            <MeasureForm
              key={editingMeasure.id}
              formId={`measure-edit-${editingMeasure.id}`}
              action={updateMeasureAction}
              hidden={{ measureId: editingMeasure.id }}
              measure={editingMeasure}
              decimalComma={locale !== "en"}
              onDone={() => setEditing(null)}
            />
          </section>
        )}
      </div>
    </div>
  );
}
