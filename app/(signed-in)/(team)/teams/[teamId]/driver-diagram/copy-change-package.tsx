"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionStatus, HandleForm, useActionForm } from "@/components/ui/action-form";
import { Section } from "@/components/ui/section";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { copyChangePackageAction } from "@/lib/driver-diagrams/actions";

/**
 * "Copy the change package into our diagram". Into a diagram that has drivers the server refuses
 * (diagramNotEmpty) until the user confirms appending after the team's own drivers: the question
 * comes with that refusal, so it is asked with or without JavaScript.
 */
export function CopyChangePackage({ teamId, isEmpty }: { teamId: string; isEmpty: boolean }) {
  const t = useTranslations("driverDiagram");
  const copy = useActionForm(copyChangePackageAction, { id: "copy-package", namespace: "driverDiagram" });
  // "Cancel" puts the refusal (and its question) away until the next submit brings a new result.
  const [dismissed, setDismissed] = useState<ActionResult<unknown> | null>(null);
  const result = copy.result;
  const askAppend = !isEmpty && result !== null && !result.ok && result.rule === "diagramNotEmpty";

  return (
    <Section id="copy" title={t("copyTitle")} className="card flex flex-col gap-2">
      <p>{t("copyBody")}</p>
      <HandleForm handle={copy}>
        <input type="hidden" name="teamId" value={teamId} />
        <input type="hidden" name="append" value="false" />
        <div>
          <SubmitButton className="btn-secondary min-h-11">{t("copy")}</SubmitButton>
        </div>
      </HandleForm>
      <div hidden={result !== null && result === dismissed}>
        <ActionStatus handle={copy} success={(data) => t("copied", { count: data.copied })}>
          {askAppend && (
            <HandleForm handle={copy} id="copy-package-append" className="mt-2 flex flex-col gap-2">
              <p>{t("appendQuestion")}</p>
              <input type="hidden" name="teamId" value={teamId} />
              <input type="hidden" name="append" value="true" />
              <div className="flex gap-2">
                <SubmitButton className="btn-primary min-h-11">{t("append")}</SubmitButton>
                <button type="button" className="btn-secondary min-h-11" onClick={() => setDismissed(result)}>
                  {t("cancel")}
                </button>
              </div>
            </HandleForm>
          )}
        </ActionStatus>
      </div>
    </Section>
  );
}
