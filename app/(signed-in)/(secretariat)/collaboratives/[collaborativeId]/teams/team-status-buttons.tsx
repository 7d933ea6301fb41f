"use client";

import { useTranslations } from "next-intl";
import { ActionStatus, HandleForm, useActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { changeTeamStatusAction } from "@/lib/collaboratives/actions";

/**
 * One button per status the team may move to next (activate, complete, withdraw). A move replaces
 * the buttons with the new status's, so the outcome is shown below them, for the team's row.
 */
export function TeamStatusButtons({ teamId, teamName, next }: { teamId: string; teamName: string; next: readonly string[] }) {
  const t = useTranslations("collaborativeSetup.teams");
  const tEnums = useTranslations("enums.teamStatus");
  const handle = useActionForm(changeTeamStatusAction, { id: `team-status-${teamId}`, namespace: "collaborativeSetup" });
  return (
    <div className="flex flex-col gap-2">
      {next.length === 0 ? (
        <span>—</span>
      ) : (
        <div className="flex flex-wrap gap-2">
          {next.map((status) => (
            <HandleForm key={status} handle={handle} id={`team-status-${teamId}-${status}`} className="inline-flex">
              <input type="hidden" name="teamId" value={teamId} />
              <input type="hidden" name="status" value={status} />
              <SubmitButton className="btn-secondary">{t(`moveTo.${status}`, { name: teamName })}</SubmitButton>
            </HandleForm>
          ))}
        </div>
      )}
      <ActionStatus handle={handle} success={(data) => t("statusChanged", { name: teamName, status: tEnums(data.status) })} />
    </div>
  );
}
