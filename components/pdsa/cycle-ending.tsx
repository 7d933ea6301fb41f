"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { abandonCycleAction, startNextCycleAction } from "@/lib/pdsa/actions";
import type { WorkspaceCycle } from "./workspace-cycle";

/** Abandon an open cycle, with the reason the team learned. */
export function AbandonCycle({ cycle }: { cycle: WorkspaceCycle }) {
  const t = useTranslations("pdsa");
  return (
    <section aria-labelledby="abandon-heading" className="card">
      <h2 id="abandon-heading" className="text-lg font-semibold">
        {t("abandonHeading")}
      </h2>
      <ActionForm action={abandonCycleAction} id="abandon" namespace="pdsa" success={t("abandoned")} className="mt-2 flex flex-col gap-2">
        <input type="hidden" name="cycleId" value={cycle.id} />
        <input type="hidden" name="version" value={cycle.version} />
        <Field name="reason" label={t("abandonReason")} maxLength={1000}>
          {(control) => <textarea {...control} rows={2} className="input" />}
        </Field>
        <div>
          <SubmitButton className="btn-secondary min-h-11">{t("abandonButton")}</SubmitButton>
        </div>
      </ActionForm>
    </section>
  );
}

/** After ADAPT: open the next cycle of the ramp, prefilled; the action takes the browser to it. */
export function StartNextCycle({ cycle }: { cycle: WorkspaceCycle }) {
  const t = useTranslations("pdsa");
  return (
    <div className="card flex flex-col gap-2">
      <p>{t("nextCycleIntro")}</p>
      <ActionForm action={startNextCycleAction} id="next-cycle" namespace="pdsa" success={t("startNextCycle")}>
        <input type="hidden" name="cycleId" value={cycle.id} />
        <div>
          <SubmitButton className="btn-primary min-h-11">{t("startNextCycle")}</SubmitButton>
        </div>
      </ActionForm>
    </div>
  );
}
