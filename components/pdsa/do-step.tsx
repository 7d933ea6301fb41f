"use client";

import { useTranslations } from "next-intl";
import { HandleForm, type ActionFormHandle } from "@/components/ui/action-form";
import { Shown, StepButtons, StepSection, StepTarget, StepTextField } from "./step-parts";
import type { WorkspaceCycle } from "./workspace-cycle";

/** DO: what was observed while carrying out the plan, and what surprised. */
export function DoStep({ cycle, handle, editable }: { cycle: WorkspaceCycle; handle: ActionFormHandle<unknown>; editable: boolean }) {
  const t = useTranslations("pdsa");
  return (
    <StepSection step="DO" heading={t("doHeading")}>
      {editable ? (
        <HandleForm handle={handle} className="flex flex-col gap-3">
          <StepTarget cycleId={cycle.id} version={cycle.version} step="DO" />
          <StepTextField name="observations" label={t("observations")} value={cycle.observations} multiline max={5000} />
          <StepTextField name="surprises" label={t("surprises")} value={cycle.surprises} multiline max={5000} />
          <StepButtons step="DO" />
        </HandleForm>
      ) : (
        <dl className="flex flex-col gap-2">
          <Shown label={t("observations")} value={cycle.observations} />
          <Shown label={t("surprises")} value={cycle.surprises} />
        </dl>
      )}
    </StepSection>
  );
}
