"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { failureMessage, fieldMessage } from "@/components/teams/action-feedback";
import type { ActionFailure, FieldErrors } from "@/lib/actions/result";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { editAimAction } from "@/lib/teams/actions";
import { aimTemplateKey } from "@/lib/teams/rules";
import { aimHelperSchema } from "@/lib/teams/schema";

function FieldError({ id, keys, message }: { id: string; keys?: string[]; message: (key: string) => string }) {
  if (!keys?.length) return null;
  return (
    <p id={id} className="text-sm text-red-800">
      {keys.map(message).join(" ")}
    </p>
  );
}

/** The aim helper (what, how much, from/to, by when → a suggested sentence) and the aim's save form. */
export function AimForm({ teamId, aim, version: readVersion }: { teamId: string; aim: string; version: number }) {
  const t = useTranslations("teamAim");
  const tErrors = useTranslations("errors");
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;
  const router = useRouter();
  const [text, setText] = useState(aim);
  const [version, setVersion] = useState(readVersion);
  const [seenVersion, setSeenVersion] = useState(readVersion);
  const [helperErrors, setHelperErrors] = useState<FieldErrors>({});
  const [saveErrors, setSaveErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ kind: "ok" | "error" | "info"; text: string } | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, setPending] = useState(false);

  // After "load the latest aim" the page brings a newer version: saves then build on it.
  if (readVersion !== seenVersion) {
    setSeenVersion(readVersion);
    setVersion(readVersion);
  }

  const message = (key: string) => fieldMessage(key, tErrors, t);

  function compose(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = Object.fromEntries(new FormData(event.currentTarget).entries());
    const parsed = aimHelperSchema.safeParse(form);
    if (!parsed.success) {
      setHelperErrors(toFieldErrors(parsed.error));
      return;
    }
    setHelperErrors({});
    const parts = parsed.data;
    const number = (value: number) => formatNumber(locale, value);
    const sentence = t(aimTemplateKey(parts), {
      direction: parts.direction,
      what: parts.what,
      amount: number(parts.amount),
      unit: parts.unit,
      baseline: parts.baseline != null ? number(parts.baseline) : "",
      target: parts.target != null ? number(parts.target) : "",
      date: formatDate(locale, new Date(`${parts.byDate}T12:00:00Z`), "UTC", "long"),
    });
    setText(sentence);
    setStatus({ kind: "info", text: t("composed") });
    document.getElementById("aim-text")?.focus();
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setStatus(null);
    setFailure(null);
    const result = await editAimAction({ teamId, aim: text, version });
    setPending(false);
    if (!result.ok) {
      setSaveErrors(result.fieldErrors ?? {});
      setFailure(result);
      setStatus({ kind: "error", text: failureMessage(result, tErrors, t) });
      return;
    }
    setSaveErrors({});
    setVersion(result.data.version);
    setStatus({ kind: "ok", text: t("saved") });
    router.refresh();
  }

  const HINTED = ["what", "unit"];
  const helperField = (name: string) => ({
    id: `aim-${name}`,
    name,
    "aria-invalid": helperErrors[name] ? true : undefined,
    "aria-describedby":
      [helperErrors[name] ? `aim-${name}-error` : null, HINTED.includes(name) ? `aim-${name}-hint` : null].filter(Boolean).join(" ") || undefined,
  });

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="aim-helper-heading" className="card">
        <h2 id="aim-helper-heading" className="text-lg font-semibold">
          {t("helperTitle")}
        </h2>
        <p className="mt-1">{t("helperIntro")}</p>
        <form onSubmit={compose} noValidate className="mt-3 grid gap-4 md:grid-cols-2">
          <fieldset className="md:col-span-2">
            <legend className="font-medium">{t("direction")}</legend>
            <div className="mt-1 flex gap-4">
              <label className="flex min-h-11 items-center gap-2">
                <input type="radio" name="direction" value="reduce" defaultChecked /> {t("directionReduce")}
              </label>
              <label className="flex min-h-11 items-center gap-2">
                <input type="radio" name="direction" value="increase" /> {t("directionIncrease")}
              </label>
            </div>
          </fieldset>
          <div className="flex flex-col gap-1 md:col-span-2">
            <label htmlFor="aim-what" className="font-medium">
              {t("what")}
            </label>
            <input {...helperField("what")} className="input" maxLength={200} />
            <p id="aim-what-hint" className="text-sm text-slate-600">
              {t("whatHint")}
            </p>
            <FieldError id="aim-what-error" keys={helperErrors.what} message={message} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="aim-amount" className="font-medium">
              {t("amount")}
            </label>
            <input {...helperField("amount")} className="input" inputMode="decimal" />
            <FieldError id="aim-amount-error" keys={helperErrors.amount} message={message} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="aim-unit" className="font-medium">
              {t("unit")}
            </label>
            <input {...helperField("unit")} className="input" defaultValue="%" maxLength={40} />
            <p id="aim-unit-hint" className="text-sm text-slate-600">
              {t("unitHint")}
            </p>
            <FieldError id="aim-unit-error" keys={helperErrors.unit} message={message} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="aim-baseline" className="font-medium">
              {t("baseline")}
            </label>
            <input {...helperField("baseline")} className="input" inputMode="decimal" />
            <FieldError id="aim-baseline-error" keys={helperErrors.baseline} message={message} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="aim-target" className="font-medium">
              {t("target")}
            </label>
            <input {...helperField("target")} className="input" inputMode="decimal" />
            <FieldError id="aim-target-error" keys={helperErrors.target} message={message} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="aim-byDate" className="font-medium">
              {t("byDate")}
            </label>
            <input {...helperField("byDate")} type="date" className="input" />
            <FieldError id="aim-byDate-error" keys={helperErrors.byDate} message={message} />
          </div>
          <div className="md:col-span-2">
            <button type="submit" className="btn-secondary min-h-11">
              {t("compose")}
            </button>
          </div>
        </form>
      </section>

      <form onSubmit={save} noValidate className="card flex flex-col gap-2">
        <label htmlFor="aim-text" className="text-lg font-semibold">
          {t("aimLabel")}
        </label>
        <p id="aim-text-hint" className="text-sm text-slate-600">
          {t("aimHint")}
        </p>
        <textarea
          id="aim-text"
          name="aim"
          rows={3}
          maxLength={1000}
          className="input"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={saveErrors.aim ? true : undefined}
          aria-describedby={saveErrors.aim ? "aim-text-error aim-text-hint" : "aim-text-hint"}
        />
        <FieldError id="aim-text-error" keys={saveErrors.aim} message={message} />
        <div aria-live="polite" role="status">
          {status && (
            <p className={status.kind === "error" ? "rounded border border-red-300 bg-red-50 p-2 text-red-800" : "rounded bg-brand-50 p-2"}>
              {status.text}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className="btn-primary min-h-11" disabled={pending}>
            {pending ? t("saving") : t("save")}
          </button>
          {failure?.code === "CONFLICT" && (
            <button type="button" className="btn-secondary min-h-11" onClick={() => router.refresh()}>
              {t("reload")}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
