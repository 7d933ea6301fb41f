"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
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
import { MEASURE_TEXT_MAX } from "@/lib/measures/schema";

export const MEASURE_NS = "measureDefinitions";

/** A decimal as the locale writes it in an input (comma for da/sv/nb). */
function typed(value: number | null | undefined, decimalComma: boolean): string {
  if (value === null || value === undefined) return "";
  return decimalComma ? String(value).replace(".", ",") : String(value);
}

/**
 * The fields of a measure's full definition (PRODUCT.md §3) inside a kit form: type, value-compass
 * point, operational, numerator and denominator definitions, kind, multiplier, unit, frequency,
 * direction, goal and default chart. Choosing a kind offers its charts and multiplier; without
 * JavaScript every field still posts and the server checks the combination.
 */
export function MeasureFields({ measure, decimalComma }: { measure?: MeasureDefinition; decimalComma: boolean }) {
  const t = useTranslations(`${MEASURE_NS}.form`);
  const tEnums = useTranslations("enums");
  const tCharts = useTranslations("charts");
  const [kind, setKind] = useState<MeasureKind>((measure?.kind as MeasureKind) ?? "PROPORTION");
  const [multiplier, setMultiplier] = useState(typed(measure?.multiplier ?? defaultMultiplier(kind), decimalComma));
  const [chart, setChart] = useState<string>(measure?.defaultChart ?? "RUN");
  const charts = chartsForKind(kind);
  const withFraction = needsNumeratorAndDenominator(kind);
  const locked = (measure?.measurementCount ?? 0) > 0;
  const text = (name: keyof typeof MEASURE_TEXT_MAX) => ({ name, maxLength: MEASURE_TEXT_MAX[name], initialLength: measure?.[name].length });

  return (
    <>
      <Field {...text("name")} label={t("name")}>
        {(control) => <input {...control} type="text" required defaultValue={measure?.name} className="input" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="type" label={t("type")} hint={t("typeHelp")}>
          {(control) => (
            <select {...control} defaultValue={measure?.type ?? "OUTCOME"} className="input">
              {MEASURE_TYPES.map((value) => (
                <option key={value} value={value}>
                  {tEnums(`measureType.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="compassPoint" label={t("compassPoint")} hint={t("compassPointHelp")}>
          {(control) => (
            <select {...control} defaultValue={measure?.compassPoint ?? ""} className="input">
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
      <Field {...text("operationalDefinition")} label={t("operationalDefinition")} hint={t("operationalDefinitionHelp")}>
        {(control) => <textarea {...control} rows={3} defaultValue={measure?.operationalDefinition} className="input" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="kind" label={t("kind")} hint={locked ? t("lockedHelp") : t("kindHelp")}>
          {(control) => (
            <select
              {...control}
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
        <Field name="frequency" label={t("frequency")} hint={locked ? t("lockedHelp") : undefined}>
          {(control) => (
            <select {...control} defaultValue={measure?.frequency ?? "MONTHLY"} className="input">
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
          <Field {...text("numeratorDefinition")} label={t("numeratorDefinition")} hint={t("numeratorHelp")}>
            {(control) => <textarea {...control} rows={2} defaultValue={measure?.numeratorDefinition} className="input" />}
          </Field>
          <Field {...text("denominatorDefinition")} label={t("denominatorDefinition")} hint={t("denominatorHelp")}>
            {(control) => <textarea {...control} rows={2} defaultValue={measure?.denominatorDefinition} className="input" />}
          </Field>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field name="multiplier" label={t("multiplier")} hint={t("multiplierHelp")}>
          {(control) => <input {...control} type="text" inputMode="decimal" value={multiplier} onChange={(event) => setMultiplier(event.target.value)} className="input" />}
        </Field>
        <Field {...text("unit")} label={t("unit")} hint={t("unitHelp")}>
          {(control) => <input {...control} type="text" defaultValue={measure?.unit} className="input" />}
        </Field>
        <Field name="goal" label={t("goal")} hint={t("goalHelp")}>
          {(control) => <input {...control} type="text" inputMode="decimal" defaultValue={typed(measure?.goal, decimalComma)} className="input" />}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="direction" label={t("direction")}>
          {(control) => (
            <select {...control} defaultValue={measure?.direction ?? "UP"} className="input">
              {DIRECTIONS.map((value) => (
                <option key={value} value={value}>
                  {tEnums(`direction.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="defaultChart" label={t("defaultChart")} hint={t("defaultChartHelp")}>
          {(control) => (
            <select {...control} value={chart} onChange={(event) => setChart(event.target.value)} className="input">
              {charts.map((value) => (
                <option key={value} value={value}>
                  {tCharts(`kind.${value}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </>
  );
}

/** The form for a new measure: shared by a collaborative, or a team's own. */
export function NewMeasureForm({ owner, decimalComma }: { owner: { collaborativeId: string } | { teamId: string }; decimalComma: boolean }) {
  const t = useTranslations(`${MEASURE_NS}.form`);
  // A success starts the next measure afresh: the fields (and the kind they follow) remount with
  // their defaults, while the submit button keeps the focus and the status stays announced.
  const [round, setRound] = useState(0);
  const isShared = "collaborativeId" in owner;
  return (
    <ActionForm
      action={isShared ? createSharedMeasureAction : createTeamMeasureAction}
      id="measure-new"
      namespace={MEASURE_NS}
      success={t("saved")}
      onSuccess={() => setRound((count) => count + 1)}
    >
      {isShared ? <input type="hidden" name="collaborativeId" value={owner.collaborativeId} /> : <input type="hidden" name="teamId" value={owner.teamId} />}
      <MeasureFields key={round} decimalComma={decimalComma} />
      <div>
        <SubmitButton>{t("create")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
