"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ActionForm, ActionStatus, HandleForm, useActionForm, type FormAction } from "@/components/ui/action-form";
import { Field, FieldSet } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { SubmitButton } from "@/components/ui/submit-button";
import { toFieldErrors } from "@/lib/actions/field-errors";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { editAimAction } from "@/lib/teams/actions";
import { aimTemplateKey } from "@/lib/teams/rules";
import { aimHelperSchema } from "@/lib/teams/schema";

/**
 * The aim helper (what, how much, from/to, by when → a suggested sentence) and the aim's save form.
 * The helper never calls the server: its "action" composes the sentence in the browser, so it
 * shows its field errors through the same kit as the save.
 */
export function AimForm({ teamId, aim, version }: { teamId: string; aim: string; version: number }) {
  const t = useTranslations("teamAim");
  const [text, setText] = useState(aim);
  // The composed sentence while the aim field still holds it: the helper's confirmation shows until then.
  const [composed, setComposed] = useState<string | null>(null);
  // Each suggestion remounts the aim field, so its length counter counts the new text; focus follows.
  const [suggestions, setSuggestions] = useState(0);
  useEffect(() => {
    if (suggestions > 0) document.getElementById("aim-text")?.focus();
  }, [suggestions]);

  return (
    <div className="flex flex-col gap-6">
      <AimHelper
        composed={composed !== null && composed === text}
        onCompose={(sentence) => {
          setText(sentence);
          setComposed(sentence);
          setSuggestions((count) => count + 1);
        }}
      />
      <ActionForm action={editAimAction} id="aim" namespace="teamAim" success={t("saved")} onSuccess={() => setComposed(null)} className="card flex flex-col gap-2">
        {({ result }) => (
          <>
            <input type="hidden" name="teamId" value={teamId} />
            {/* The page's version: a save builds on it, and "load the latest aim" brings the newer one. */}
            <input type="hidden" name="version" value={version} />
            <Field key={suggestions} id="aim-text" name="aim" label={t("aimLabel")} hint={t("aimHint")} maxLength={1000} initialLength={text.length}>
              {(control) => <textarea {...control} rows={3} className="input" value={text} onChange={(event) => setText(event.target.value)} />}
            </Field>
            <div className="flex flex-wrap gap-2">
              <SubmitButton className="btn-primary min-h-11" pendingLabel={t("saving")}>
                {t("save")}
              </SubmitButton>
              {result && !result.ok && result.code === "CONFLICT" && (
                // Re-renders the page from the database and keeps what the user typed (a full load without JavaScript).
                <Link href={`/teams/${teamId}/aim`} className="btn-secondary inline-flex min-h-11 items-center">
                  {t("reload")}
                </Link>
              )}
            </div>
          </>
        )}
      </ActionForm>
    </div>
  );
}

/** The guided questions; a valid answer becomes a suggested sentence that the user edits before saving. */
function AimHelper({ composed, onCompose }: { composed: boolean; onCompose: (sentence: string) => void }) {
  const t = useTranslations("teamAim");
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : DEFAULT_LOCALE;

  const compose: FormAction<string> = async (_state, formData) => {
    const parsed = aimHelperSchema.safeParse(Object.fromEntries(formData.entries()));
    if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: toFieldErrors(parsed.error) };
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
    return { ok: true, data: sentence };
  };
  const helper = useActionForm(compose, { id: "aim-helper", namespace: "teamAim", onSuccess: onCompose });

  return (
    <Section id="aim-helper" title={t("helperTitle")} className="card flex flex-col gap-3">
      <p>{t("helperIntro")}</p>
      <HandleForm handle={helper} className="grid gap-4 md:grid-cols-2">
        <FieldSet name="direction" legend={t("direction")} className="md:col-span-2">
          <div className="flex gap-4">
            <label className="flex min-h-11 items-center gap-2">
              <input type="radio" name="direction" value="reduce" defaultChecked /> {t("directionReduce")}
            </label>
            <label className="flex min-h-11 items-center gap-2">
              <input type="radio" name="direction" value="increase" /> {t("directionIncrease")}
            </label>
          </div>
        </FieldSet>
        <Field id="aim-what" name="what" label={t("what")} hint={t("whatHint")} maxLength={200} className="flex flex-col gap-1 md:col-span-2">
          {(control) => <input {...control} className="input" />}
        </Field>
        <Field id="aim-amount" name="amount" label={t("amount")}>
          {(control) => <input {...control} className="input" inputMode="decimal" />}
        </Field>
        <Field id="aim-unit" name="unit" label={t("unit")} hint={t("unitHint")} maxLength={40} initialLength={1}>
          {(control) => <input {...control} className="input" defaultValue="%" />}
        </Field>
        <Field id="aim-baseline" name="baseline" label={t("baseline")}>
          {(control) => <input {...control} className="input" inputMode="decimal" />}
        </Field>
        <Field id="aim-target" name="target" label={t("target")}>
          {(control) => <input {...control} className="input" inputMode="decimal" />}
        </Field>
        <Field id="aim-byDate" name="byDate" label={t("byDate")}>
          {(control) => <input {...control} type="date" className="input" />}
        </Field>
        <div className="md:col-span-2">
          <SubmitButton className="btn-secondary min-h-11">{t("compose")}</SubmitButton>
        </div>
      </HandleForm>
      <ActionStatus handle={helper} success={composed ? t("composed") : ""} />
    </Section>
  );
}
