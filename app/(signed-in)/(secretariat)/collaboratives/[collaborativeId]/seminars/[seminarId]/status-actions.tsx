"use client";

import { useTranslations } from "next-intl";
import { ActionStatus, HandleForm, useActionForm, type ActionFormHandle } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { cancelSeminarAction, publishSeminarAction } from "@/lib/seminars/actions";

/**
 * Publish and cancel the seminar. Each button goes once it has done its work (a published seminar
 * cannot be published again), so their outcomes are kept here and shown below the buttons.
 */
export function SeminarStatusActions({ seminarId, canPublish, canCancel }: { seminarId: string; canPublish: boolean; canCancel: boolean }) {
  const t = useTranslations("seminars");
  const publish = useActionForm(publishSeminarAction, { id: "publish-seminar", namespace: "seminars" });
  const cancel = useActionForm(cancelSeminarAction, { id: "cancel-seminar", namespace: "seminars" });
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {canPublish && <StatusButton handle={publish} seminarId={seminarId} label={t("details.publish")} className="btn-primary" />}
        {canCancel && <StatusButton handle={cancel} seminarId={seminarId} label={t("details.cancel")} className="btn-secondary" />}
      </div>
      <ActionStatus handle={publish} success={t("details.published")} />
      <ActionStatus handle={cancel} success={t("details.cancelled")} />
    </div>
  );
}

function StatusButton({ handle, seminarId, label, className }: { handle: ActionFormHandle<unknown>; seminarId: string; label: string; className: string }) {
  return (
    <HandleForm handle={handle} className="inline-flex">
      <input type="hidden" name="seminarId" value={seminarId} />
      <SubmitButton className={className}>{label}</SubmitButton>
    </HandleForm>
  );
}
