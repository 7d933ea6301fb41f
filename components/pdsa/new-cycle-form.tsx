"use client";

import { useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { failureMessage, fieldMessage } from "@/components/teams/action-feedback";
import type { FieldErrors } from "@/lib/actions/result";
import { createCycleAction } from "@/lib/pdsa/actions";

/**
 * Starts a cycle: a title, optionally a change idea and an idea from the huddle board. An idea given
 * in the address (?ideaId=, the board's "Start a PDSA cycle") is preselected and its text is the title.
 */
export function NewCycleForm({
  teamId,
  changeIdeas,
  changeIdeaId,
  idea,
  ideas,
  defaultTitle,
}: {
  teamId: string;
  changeIdeas: { id: string; title: string }[];
  changeIdeaId: string | null;
  idea: { id: string; text: string } | null;
  ideas: { id: string; text: string }[];
  defaultTitle: string;
}) {
  const t = useTranslations("pdsa");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);

  // Choosing another idea retitles the cycle unless the title was written by hand.
  function chooseIdea(event: ChangeEvent<HTMLSelectElement>) {
    const title = titleInput.current;
    if (!title) return;
    const texts = new Set(["", defaultTitle, ...ideas.map((option) => option.text)]);
    if (texts.has(title.value.trim())) title.value = ideas.find((option) => option.id === event.target.value)?.text ?? (idea ? "" : defaultTitle);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    const result = await createCycleAction({ teamId, title: data.get("title"), changeIdeaId: data.get("changeIdeaId") ?? "", ideaId: data.get("ideaId") ?? idea?.id ?? "" });
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage(failureMessage(result, tErrors, t));
      return;
    }
    router.push(`/teams/${teamId}/cycles/${result.data.cycleId}`);
  }

  return (
    <form onSubmit={submit} noValidate className="card flex max-w-2xl flex-col gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor="cycle-title" className="font-medium">{t("titleLabel")}</label>
        <input
          ref={titleInput}
          id="cycle-title"
          name="title"
          defaultValue={defaultTitle}
          maxLength={200}
          className="input min-h-11"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? "cycle-title-error" : undefined}
        />
        {errors.title && <p id="cycle-title-error" className="text-sm text-red-800">{errors.title.map((key) => fieldMessage(key, tErrors, t)).join(" ")}</p>}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="cycle-change-idea" className="font-medium">{t("changeIdeaLabel")}</label>
        <select id="cycle-change-idea" name="changeIdeaId" defaultValue={changeIdeaId ?? ""} className="input min-h-11">
          <option value="">{t("noChangeIdea")}</option>
          {changeIdeas.map((changeIdea) => (
            <option key={changeIdea.id} value={changeIdea.id}>{changeIdea.title}</option>
          ))}
        </select>
      </div>
      {ideas.length > 0 && (
        <div className="flex flex-col gap-1">
          <label htmlFor="cycle-idea" className="font-medium">{t("ideaLabel")}</label>
          <select id="cycle-idea" name="ideaId" defaultValue={idea?.id ?? ""} onChange={chooseIdea} className="input min-h-11" aria-describedby="cycle-idea-hint">
            <option value="">{t("noIdea")}</option>
            {ideas.map((option) => (
              <option key={option.id} value={option.id}>{option.text}</option>
            ))}
          </select>
          <p id="cycle-idea-hint" className="text-sm text-slate-700">{t("ideaHint")}</p>
        </div>
      )}
      <div aria-live="polite" role="status">
        {message && <p className="rounded border border-red-300 bg-red-50 p-2 text-red-800">{message}</p>}
      </div>
      <div>
        <button type="submit" className="btn-primary min-h-11" disabled={pending}>{t("create")}</button>
      </div>
    </form>
  );
}
