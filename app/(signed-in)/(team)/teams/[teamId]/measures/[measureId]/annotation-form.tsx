"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { failureMessage, fieldMessage } from "@/components/teams/action-feedback";
import type { FieldErrors } from "@/lib/actions/result";
import { createAnnotationAction, deleteAnnotationAction } from "@/lib/annotations/actions";

type Annotation = { id: string; date: string; label: string; text: string };

/** The chart's annotations (dated notes) with a form to add one and a button to delete each. */
export function AnnotationForm({ teamId, measureId, annotations, canWrite }: { teamId: string; measureId: string; annotations: Annotation[]; canWrite: boolean }) {
  const t = useTranslations("annotations");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const message = (key: string) => fieldMessage(key, tErrors, t);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setPending(true);
    const result = await createAnnotationAction({
      teamId,
      measureId: data.get("scope") === "all" ? null : measureId,
      date: String(data.get("date") ?? ""),
      text: String(data.get("text") ?? ""),
    });
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setStatus({ kind: "error", text: failureMessage(result, tErrors, t) });
      return;
    }
    form.reset();
    setErrors({});
    setStatus({ kind: "ok", text: t("created") });
    router.refresh();
  }

  async function remove(id: string) {
    const result = await deleteAnnotationAction({ annotationId: id });
    setStatus(result.ok ? { kind: "ok", text: t("deleted") } : { kind: "error", text: failureMessage(result, tErrors, t) });
    if (result.ok) router.refresh();
  }

  const invalid = (name: string) => ({
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `annotation-${name}-error` : undefined,
  });

  return (
    <section aria-labelledby="annotations-heading" className="card flex flex-col gap-3">
      <h2 id="annotations-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {annotations.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {annotations.map((annotation) => (
            <li key={annotation.id} className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{annotation.label}</span>
              <span>{annotation.text}</span>
              {canWrite && (
                <button type="button" className="btn-secondary min-h-11" onClick={() => remove(annotation.id)}>
                  {t("delete", { text: annotation.text })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canWrite && (
        <form onSubmit={create} noValidate className="flex flex-col gap-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="annotation-date" className="font-medium">
              {t("date")}
            </label>
            <input id="annotation-date" name="date" type="date" required className="input" {...invalid("date")} />
            {errors.date && (
              <p id="annotation-date-error" className="text-sm text-red-800">
                {errors.date.map(message).join(" ")}
              </p>
            )}
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="annotation-text" className="font-medium">
              {t("text")}
            </label>
            <input id="annotation-text" name="text" required maxLength={300} className="input" placeholder={t("placeholder")} {...invalid("text")} />
            {errors.text && (
              <p id="annotation-text-error" className="text-sm text-red-800">
                {errors.text.map(message).join(" ")}
              </p>
            )}
          </div>
          <fieldset>
            <legend className="font-medium">{t("scope")}</legend>
            <label className="flex min-h-11 items-center gap-2">
              <input type="radio" name="scope" value="measure" defaultChecked /> {t("scopeMeasure")}
            </label>
            <label className="flex min-h-11 items-center gap-2">
              <input type="radio" name="scope" value="all" /> {t("scopeAll")}
            </label>
          </fieldset>
          <div>
            <button type="submit" className="btn-primary min-h-11" disabled={pending}>
              {t("add")}
            </button>
          </div>
        </form>
      )}
      <div aria-live="polite" role="status">
        {status && <p className={status.kind === "error" ? "rounded border border-red-300 bg-red-50 p-2 text-red-800" : "rounded bg-brand-50 p-2"}>{status.text}</p>}
      </div>
    </section>
  );
}
