"use client";

import { useTranslations } from "next-intl";
import { HandleForm, type ActionFormHandle } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { DECISIONS } from "@/lib/pdsa/rules";
import { Shown, StepButtons, StepSection, StepTarget, StepTextField } from "./step-parts";
import type { WorkspaceCycle } from "./workspace-cycle";

/** ACT: adopt, adapt or abandon, with the reason and the next step. */
export function ActStep({ cycle, handle, editable }: { cycle: WorkspaceCycle; handle: ActionFormHandle<unknown>; editable: boolean }) {
  const t = useTranslations("pdsa");
  const tEnums = useTranslations("enums");
  return (
    <StepSection step="ACT" heading={t("actHeading")}>
      {editable ? (
        <HandleForm handle={handle} className="flex flex-col gap-3">
          <StepTarget cycleId={cycle.id} version={cycle.version} step="ACT" />
          <Field name="decision" label={t("decision")}>
            {(control) => (
              <select {...control} defaultValue={cycle.decision ?? ""} className="input min-h-11 w-fit">
                <option value="">{t("noDecision")}</option>
                {DECISIONS.map((decision) => (
                  <option key={decision} value={decision}>
                    {tEnums(`decision.${decision}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <StepTextField name="decisionNote" label={t("decisionNote")} value={cycle.decisionNote} multiline max={2000} />
          <StepButtons step="ACT" />
        </HandleForm>
      ) : (
        <dl className="flex flex-col gap-2">
          <Shown label={t("decision")} value={cycle.decision ? tEnums(`decision.${cycle.decision}`) : ""} />
          <Shown label={t("decisionNote")} value={cycle.decisionNote} />
        </dl>
      )}
    </StepSection>
  );
}
