"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { commentCycleAction } from "@/lib/pdsa/actions";
import type { WorkspaceCycle } from "./workspace-cycle";

/** The cycle's comments, in every state (a DONE cycle still takes them). */
export function CycleComments({ cycle, canComment, commentDates }: { cycle: WorkspaceCycle; canComment: boolean; commentDates: Record<string, string> }) {
  const t = useTranslations("pdsa");
  return (
    <section aria-labelledby="comments-heading" className="card">
      <h2 id="comments-heading" className="text-lg font-semibold">
        {t("comments")}
      </h2>
      {cycle.comments.length === 0 ? (
        <p className="mt-1">{t("noComments")}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2">
          {cycle.comments.map((c) => (
            <li key={c.id} className="rounded border border-slate-200 p-2">
              <p className="whitespace-pre-line">{c.text}</p>
              <p className="text-sm text-slate-700">
                {c.authorName ?? t("unknownAuthor")} · {commentDates[c.id]}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canComment && (
        <ActionForm action={commentCycleAction} id="comment" namespace="pdsa" success={t("commented")} resetOnSuccess className="mt-3 flex flex-col gap-2">
          <input type="hidden" name="cycleId" value={cycle.id} />
          <Field name="text" label={t("commentLabel")} maxLength={2000}>
            {(control) => <textarea {...control} rows={2} className="input" />}
          </Field>
          <div>
            <SubmitButton className="btn-secondary min-h-11">{t("addComment")}</SubmitButton>
          </div>
        </ActionForm>
      )}
    </section>
  );
}
