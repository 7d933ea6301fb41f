"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormStatus, useActionForm, type AnyAction } from "@/components/setup/action-form";
import { createSharedMeasureAction, createTeamMeasureAction } from "@/lib/measures/actions";
import type { MeasureDefinition } from "@/lib/measures/definitions";
import {
  COMPASS_POINTS,
  DIRECTIONS,
  MEASURE_FREQUENCIES,
  MEASURE_KINDS,
  MEASURE_TYPES,
  chartsForKind,
  defaultMultiplier,
  needsNumeratorAndDenominator,
  type MeasureKind,
} from "@/lib/measures/rules";

const NS = "measureDefinitions";

/** A decimal as the locale writes it in an input (comma for da/sv/nb). */
function typed(value: number | null | undefined, decimalComma: boolean): string {
  if (value === null || value === undefined) return "";
  return decimalComma ? String(value).replace(".", ",") : String(value);
}

/**
 * The full definition of a measure (PRODUCT.md §3): type, value-compass point, operational,
 * numerator and denominator definitions, kind, multiplier, unit, frequency, direction, goal and
 * default chart. The owner (collaborative or team) or the measure being edited goes in hidden fields.
 */
export function MeasureForm({
  action,
  hidden,
  measure,
  decimalComma,
  formId,
  onDone,
}: {
  action: AnyAction;
  hidden: Record<string, string>;
  measure?: MeasureDefinition;
  decimalComma: boolean;
  formId: string;
  onDone?: () => void;
}) {
  const t = useTranslations(`${NS}.form`);
  const tEnums = useTranslations("enums");
  const tCharts = useTranslations("charts");
  const [kind, setKind] = useState<MeasureKind>((measure?.kind as MeasureKind) ?? "PROPORTION");
  const [multiplier, setMultiplier] = useState(typed(measure?.multiplier ?? defaultMultiplier(kind), decimalComma));
  const [chart, setChart] = useState<string>(measure?.defaultChart ?? "RUN");
  const { pending, result, onSubmit } = useActionForm(action, { resetOnSuccess: !measure, onSuccess: onDone });
  const field = { formId, namespace: NS, result };
  const charts = chartsForKind(kind);
  const withFraction = needsNumeratorAndDenominator(kind);
  const locked = (measure?.measurementCount ?? 0) > 0;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Field {...field} name="name" label={t("name")}>
        {(props) => <input {...props} type="text" required defaultValue={measure?.name} className="input" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field {...field} name="type" label={t("type")} help={t("typeHelp")}>
          {(props) => (
            <select {...props} defaultValue={measure?.type ?? "OUTCOME"} className="input">
              {MEASURE_TYPES.map((value) => (
                <option key={value} value={value}>
                  {tEnums(`measureType.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field} name="compassPoint" label={t("compassPoint")} help={t("compassPointHelp")}>
          {(props) => (
            <select {...props} defaultValue={measure?.compassPoint ?? ""} className="input">
              <option value="">{t("noCompassPoint")}</option>
              {COMPASS_POINTS.map((value) => (
                <option key={value} value={value}>
                  {tEnums(`compassPoint.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field {...field} name="operationalDefinition" label={t("operationalDefinition")} help={t("operationalDefinitionHelp")}>
        {(props) => <textarea {...props} rows={3} defaultValue={measure?.operationalDefinition} className="input" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field {...field} name="kind" label={t("kind")} help={locked ? t("lockedHelp") : t("kindHelp")}>
          {(props) => (
            <select
              {...props}
              value={kind}
              onChange={(event) => {
                const next = event.target.value as MeasureKind;
                setKind(next);
                setMultiplier(typed(defaultMultiplier(next), decimalComma));
                if (!chartsForKind(next).includes(chart as never)) setChart("RUN");
              }}
              className="input"
            >
              {MEASURE_KINDS.map((value) => (
                <option key={value} value={value}>
                  {tEnums(`measureKind.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field} name="frequency" label={t("frequency")} help={locked ? t("lockedHelp") : undefined}>
          {(props) => (
            <select {...props} defaultValue={measure?.frequency ?? "MONTHLY"} className="input">
              {MEASURE_FREQUENCIES.map((value) => (
                <option key={value} value={value}>
                  {tEnums(`frequency.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {withFraction && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field {...field} name="numeratorDefinition" label={t("numeratorDefinition")} help={t("numeratorHelp")}>
            {(props) => <textarea {...props} rows={2} defaultValue={measure?.numeratorDefinition} className="input" />}
          </Field>
          <Field {...field} name="denominatorDefinition" label={t("denominatorDefinition")} help={t("denominatorHelp")}>
            {(props) => <textarea {...props} rows={2} defaultValue={measure?.denominatorDefinition} className="input" />}
          </Field>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field {...field} name="multiplier" label={t("multiplier")} help={t("multiplierHelp")}>
          {(props) => (
            <input {...props} type="text" inputMode="decimal" value={multiplier} onChange={(event) => setMultiplier(event.target.value)} className="input" />
          )}
        </Field>
        <Field {...field} name="unit" label={t("unit")} help={t("unitHelp")}>
          {(props) => <input {...props} type="text" defaultValue={measure?.unit} className="input" />}
        </Field>
        <Field {...field} name="goal" label={t("goal")} help={t("goalHelp")}>
          {(props) => <input {...props} type="text" inputMode="decimal" defaultValue={typed(measure?.goal, decimalComma)} className="input" />}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field {...field} name="direction" label={t("direction")}>
          {(props) => (
            <select {...props} defaultValue={measure?.direction ?? "UP"} className="input">
              {DIRECTIONS.map((value) => (
                <option key={value} value={value}>
                  {tEnums(`direction.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field} name="defaultChart" label={t("defaultChart")} help={t("defaultChartHelp")}>
          {(props) => (
            <select {...props} value={chart} onChange={(event) => setChart(event.target.value)} className="input">
              {charts.map((value) => (
                <option key={value} value={value}>
                  {tCharts(`kind.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FormStatus result={result} namespace={NS} success={t("saved")} />
      <div className="flex gap-2">
        <button type="submit" className="btn-primary" disabled={pending}>
          {measure ? t("save") : t("create")}
        </button>
        {measure && onDone && (
          <button type="button" className="btn-secondary" onClick={onDone}>
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}

/** The form for a new measure: shared by a collaborative, or a team's own. */
export function NewMeasureForm({ owner, decimalComma }: { owner: { collaborativeId: string } | { teamId: string }; decimalComma: boolean }) {
  const isShared = "collaborativeId" in owner;
  return (
    <MeasureForm
      formId="measure-new"
      action={isShared ? createSharedMeasureAction : createTeamMeasureAction}
      hidden={isShared ? { collaborativeId: owner.collaborativeId } : { teamId: owner.teamId }}
      decimalComma={decimalComma}
    />
  );
}
