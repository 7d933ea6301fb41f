"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveChartSettingsAction } from "@/lib/chart-settings/actions";

/** The contact person's chart settings: freeze the baseline after N points, or split into phases. */
export function ChartSettingsForm({
  teamId,
  measureId,
  baselineCount,
  phaseSplits,
}: {
  teamId: string;
  measureId: string;
  baselineCount: number | null;
  phaseSplits: number[];
}) {
  const t = useTranslations("chartSettings");
  return (
    <Section id="chart-settings" title={t("title")} className="card flex flex-col gap-3">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <ActionForm action={saveChartSettingsAction} id="chart-settings" namespace="chartSettings" success={t("saved")} className="flex flex-col gap-3">
        <input type="hidden" name="teamId" value={teamId} />
        <input type="hidden" name="measureId" value={measureId} />
        <Field name="baselineCount" label={t("baselineCount")} hint={t("baselineCountHelp")}>
          {(control) => <input {...control} inputMode="numeric" className="input max-w-xs" defaultValue={baselineCount ?? ""} />}
        </Field>
        <Field name="phaseSplits" label={t("phaseSplits")} hint={t("phaseSplitsHelp")}>
          {(control) => <input {...control} inputMode="numeric" className="input max-w-xs" defaultValue={phaseSplits.join(", ")} />}
        </Field>
        <div>
          <SubmitButton className="btn-primary min-h-11">{t("save")}</SubmitButton>
        </div>
      </ActionForm>
    </Section>
  );
}
