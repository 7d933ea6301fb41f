"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { deactivateUserAction, reactivateUserAction, reinviteUserAction } from "@/lib/users/actions";
import { ActionStatus, useAdminAction, useFailureMessage } from "./action-feedback";
import { InviteLink } from "./invite-link";

const NS = "adminUsers";

/** Deactivate or reactivate an account (history stays), and make a fresh invitation link. */
export function UserAccessPanel({ userId, isDeactivated }: { userId: string; isDeactivated: boolean }) {
  const t = useTranslations(NS);
  const failureMessage = useFailureMessage(NS);
  const status = useAdminAction(async (input: unknown) =>
    isDeactivated ? reactivateUserAction(input) : deactivateUserAction(input),
  );
  const invite = useAdminAction(reinviteUserAction);
  const [done, setDone] = useState<string | null>(null);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-2">
        <p className="text-sm text-slate-700">{t(isDeactivated ? "detail.reactivateHint" : "detail.deactivateHint")}</p>
        <div>
          <button
            type="button"
            className="btn-secondary"
            disabled={status.pending}
            onClick={() => {
              setDone(null);
              status.run({ userId }, () => setDone(t(isDeactivated ? "detail.reactivated" : "detail.deactivated")));
            }}
          >
            {t(isDeactivated ? "detail.reactivate" : "detail.deactivate")}
          </button>
        </div>
        <ActionStatus tone={status.failure ? "error" : "success"} message={status.failure ? failureMessage(status.failure) : done} />
      </div>
      {!isDeactivated && (
        <div className="flex flex-col gap-2">
          <p className="text-sm text-slate-700">{t("detail.reinviteHint")}</p>
          <div>
            <button type="button" className="btn-secondary" disabled={invite.pending} onClick={() => invite.run({ userId })}>
              {t("detail.reinvite")}
            </button>
          </div>
          <ActionStatus tone="error" message={invite.failure ? failureMessage(invite.failure) : null} />
          {invite.data && <InviteLink url={invite.data.inviteUrl} message={t("detail.reinvited")} />}
        </div>
      )}
    </div>
  );
}
