"use client";

import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/setup/action-form";
import { changeTeamStatusAction } from "@/lib/collaboratives/actions";

/** One button per status the team may move to next (activate, complete, withdraw). */
export function TeamStatusButtons({ teamId, teamName, next }: { teamId: string; teamName: string; next: readonly string[] }) {
  const t = useTranslations("collaborativeSetup.teams");
  if (next.length === 0) return <span>—</span>;
  return (
    <div className="flex flex-wrap gap-2">
      {next.map((status) => (
        <ActionButton
          key={status}
          action={changeTeamStatusAction}
          fields={{ teamId, status }}
          label={t(`moveTo.${status}`, { name: teamName })}
          namespace="collaborativeSetup"
        />
      ))}
    </div>
  );
}
