"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { failureMessage, fieldMessage } from "@/components/teams/action-feedback";
import type { FieldErrors } from "@/lib/actions/result";
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
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const message = (key: string) => fieldMessage(key, tErrors, t);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    const result = await saveChartSettingsAction({
      teamId,
      measureId,
      baselineCount: String(data.get("baselineCount") ?? ""),
      phaseSplits: String(data.get("phaseSplits") ?? ""),
    });
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setStatus({ kind: "error", text: failureMessage(result, tErrors, t) });
      return;
    }
    setErrors({});
    setStatus({ kind: "ok", text: t("saved") });
    router.refresh();
  }

  const described = (name: string) => [`chart-settings-${name}-help`, errors[name] ? `chart-settings-${name}-error` : null].filter(Boolean).join(" ");
  const invalid = (name: string) => ({ "aria-invalid": errors[name] ? true : undefined, "aria-describedby": described(name) });

  return (
    <section aria-labelledby="chart-settings-heading" className="card flex flex-col gap-3">
      <h2 id="chart-settings-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <form onSubmit={save} noValidate className="flex flex-col gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="chart-settings-baselineCount" className="font-medium">
            {t("baselineCount")}
          </label>
          <input
            id="chart-settings-baselineCount"
            name="baselineCount"
            inputMode="numeric"
            className="input max-w-xs"
            defaultValue={baselineCount ?? ""}
            {...invalid("baselineCount")}
          />
          <p id="chart-settings-baselineCount-help" className="text-sm text-slate-600">
            {t("baselineCountHelp")}
          </p>
          {errors.baselineCount && (
            <p id="chart-settings-baselineCount-error" className="text-sm text-red-800">
              {errors.baselineCount.map(message).join(" ")}
            </p>
          )}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="chart-settings-phaseSplits" className="font-medium">
            {t("phaseSplits")}
          </label>
          <input
            id="chart-settings-phaseSplits"
            name="phaseSplits"
            inputMode="numeric"
            className="input max-w-xs"
            defaultValue={phaseSplits.join(", ")}
            {...invalid("phaseSplits")}
          />
          <p id="chart-settings-phaseSplits-help" className="text-sm text-slate-600">
            {t("phaseSplitsHelp")}
          </p>
          {errors.phaseSplits && (
            <p id="chart-settings-phaseSplits-error" className="text-sm text-red-800">
              {errors.phaseSplits.map(message).join(" ")}
            </p>
          )}
        </div>
        <div>
          <button type="submit" className="btn-primary min-h-11" disabled={pending}>
            {t("save")}
          </button>
        </div>
      </form>
      <div aria-live="polite" role="status">
        {status && <p className={status.kind === "error" ? "rounded border border-red-300 bg-red-50 p-2 text-red-800" : "rounded bg-brand-50 p-2"}>{status.text}</p>}
      </div>
    </section>
  );
}
