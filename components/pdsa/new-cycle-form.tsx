"use client";

import { useRef, type ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createCycleAction } from "@/lib/pdsa/actions";

/**
 * Starts a cycle: a title, optionally a change idea and an idea from the huddle board. An idea given
 * in the address (?ideaId=, the board's "Start a PDSA cycle") is preselected and its text is the title.
 * The action goes on to the new cycle's page (its config's redirectTo).
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
  const titleInput = useRef<HTMLInputElement>(null);

  // Choosing another idea retitles the cycle unless the title was written by hand.
  function chooseIdea(event: ChangeEvent<HTMLSelectElement>) {
    const title = titleInput.current;
    if (!title) return;
    const texts = new Set(["", defaultTitle, ...ideas.map((option) => option.text)]);
    if (texts.has(title.value.trim())) title.value = ideas.find((option) => option.id === event.target.value)?.text ?? (idea ? "" : defaultTitle);
  }

  return (
    <ActionForm action={createCycleAction} id="cycle" namespace="pdsa" success={t("cycleCreated")} className="card flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="teamId" value={teamId} />
      <Field name="title" label={t("titleLabel")} maxLength={200} initialLength={defaultTitle.length}>
        {(control) => <input {...control} ref={titleInput} defaultValue={defaultTitle} className="input min-h-11" />}
      </Field>
      <Field id="cycle-change-idea" name="changeIdeaId" label={t("changeIdeaLabel")}>
        {(control) => (
          <select {...control} defaultValue={changeIdeaId ?? ""} className="input min-h-11">
            <option value="">{t("noChangeIdea")}</option>
            {changeIdeas.map((changeIdea) => (
              <option key={changeIdea.id} value={changeIdea.id}>
                {changeIdea.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      {ideas.length > 0 ? (
        <Field id="cycle-idea" name="ideaId" label={t("ideaLabel")} hint={t("ideaHint")}>
          {(control) => (
            <select {...control} defaultValue={idea?.id ?? ""} onChange={chooseIdea} className="input min-h-11">
              <option value="">{t("noIdea")}</option>
              {ideas.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.text}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        idea && <input type="hidden" name="ideaId" value={idea.id} />
      )}
      <div>
        <SubmitButton className="btn-primary min-h-11">{t("create")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
