"use client";

import { useTranslations } from "next-intl";
import { ActionStatus, useActionForm } from "@/components/ui/action-form";
import { saveStepAction } from "@/lib/pdsa/actions";
import { isOpenState, missingItemsOf } from "@/lib/pdsa/rules";
import { ActStep } from "./act-step";
import { AbandonCycle, StartNextCycle } from "./cycle-ending";
import { CycleComments } from "./cycle-comments";
import { DoStep } from "./do-step";
import { PlanStep } from "./plan-step";
import { StudyStep } from "./study-step";
import type { WorkspaceCycle } from "./workspace-cycle";

export type { WorkspaceCycle } from "./workspace-cycle";

const LEVEL: Record<string, number> = { PLAN: 0, DO: 1, STUDY: 2, ACT: 3, DONE: 4, ABANDONED: 4 };

/**
 * The cycle's steps: the current one editable, earlier ones shown; go forward, abandon, comment.
 * The step forms share one action state, kept here, so "the cycle is now in Do" stays on screen
 * after the PLAN form it came from has given way to the DO form.
 */
export function CycleWorkspace({
  cycle,
  measures,
  canWrite,
  canComment,
  commentDates,
}: {
  cycle: WorkspaceCycle;
  measures: { id: string; name: string }[];
  canWrite: boolean;
  canComment: boolean;
  commentDates: Record<string, string>;
}) {
  const t = useTranslations("pdsa");
  const tEnums = useTranslations("enums");
  const step = useActionForm(saveStepAction, { id: "step", namespace: "pdsa" });
  const level = LEVEL[cycle.state] ?? 0;
  const editable = (state: string) => canWrite && cycle.state === state;
  const failure = step.result && !step.result.ok ? step.result : null;
  const missing = failure?.rule === "stepIncomplete" ? missingItemsOf(failure.details) : [];
  const shows = (minimum: number, content: unknown) => level >= minimum && (cycle.state !== "ABANDONED" || Boolean(content));

  return (
    <div className="flex flex-col gap-4">
      <ActionStatus handle={step} success={(data) => (data.advanced ? t("movedTo", { state: tEnums(`cycleState.${data.state}`) }) : t("saved"))}>
        {missing.length > 0 && (
          <>
            <p>{t("missingIntro")}</p>
            <ul className="ml-5 list-disc">
              {missing.map((item) => (
                <li key={`${item.code}-${"question" in item ? item.question : ""}`}>{t(`missing.${item.code}`, "question" in item ? { question: item.question } : {})}</li>
              ))}
            </ul>
          </>
        )}
      </ActionStatus>

      <PlanStep cycle={cycle} measures={measures} handle={step} editable={editable("PLAN")} />
      {shows(1, cycle.observations) && <DoStep cycle={cycle} handle={step} editable={editable("DO")} />}
      {shows(2, cycle.learningSummary) && <StudyStep cycle={cycle} handle={step} editable={editable("STUDY")} />}
      {shows(3, cycle.decision) && <ActStep cycle={cycle} handle={step} editable={editable("ACT")} />}

      {cycle.state === "DONE" && <p className="rounded bg-slate-100 p-2">{t("doneReadOnly")}</p>}
      {cycle.state === "ABANDONED" && (
        <div className="rounded bg-slate-100 p-2">
          <p className="font-medium">{t("abandonedBecause", { reason: cycle.abandonReason })}</p>
          <p>{t("abandonedReadOnly")}</p>
        </div>
      )}
      {cycle.state === "DONE" && cycle.decision === "ADAPT" && !cycle.hasNext && canWrite && <StartNextCycle cycle={cycle} />}
      {isOpenState(cycle.state) && canWrite && <AbandonCycle cycle={cycle} />}
      <CycleComments cycle={cycle} canComment={canComment} commentDates={commentDates} />
    </div>
  );
}
