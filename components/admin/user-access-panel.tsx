"use client";

import { useTranslations } from "next-intl";
import { ActionStatus, HandleForm, useActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/submit-button";
import { deactivateUserAction, reactivateUserAction, reinviteUserAction } from "@/lib/users/actions";
import { InviteLink } from "./invite-link";

const NS = "adminUsers";

/**
 * Deactivate or reactivate an account (history stays), and make a fresh invitation link.
 * A success swaps the one button for the other, so both forms' state lives here and the outcome is
 * shown under whichever button is there now: the success that led to the present state, and a
 * refusal of the button shown (with or without JavaScript).
 */
export function UserAccessPanel({ userId, isDeactivated }: { userId: string; isDeactivated: boolean }) {
  const t = useTranslations(NS);
  const deactivate = useActionForm(deactivateUserAction, { id: "user-deactivate", namespace: NS });
  const reactivate = useActionForm(reactivateUserAction, { id: "user-reactivate", namespace: NS });
  const reinvite = useActionForm(reinviteUserAction, { id: "user-reinvite", namespace: NS });
  const [shown, previous] = isDeactivated ? [reactivate, deactivate] : [deactivate, reactivate];

  return (
    <div className="flex flex-col gap-4">
      <HandleForm handle={shown} className="flex flex-col gap-2">
        <input type="hidden" name="userId" value={userId} />
        <p className="text-sm text-slate-700">{t(isDeactivated ? "detail.reactivateHint" : "detail.deactivateHint")}</p>
        <div>
          <SubmitButton className="btn-secondary">{t(isDeactivated ? "detail.reactivate" : "detail.deactivate")}</SubmitButton>
        </div>
        <ActionStatus handle={previous} success={t(isDeactivated ? "detail.deactivated" : "detail.reactivated")} />
        {/* Only the refusals of the button shown: its earlier success is no longer the present state. */}
        <ActionStatus handle={shown} success="" />
      </HandleForm>
      {!isDeactivated && (
        <HandleForm handle={reinvite} className="flex flex-col gap-2">
          <input type="hidden" name="userId" value={userId} />
          <p className="text-sm text-slate-700">{t("detail.reinviteHint")}</p>
          <div>
            <SubmitButton className="btn-secondary">{t("detail.reinvite")}</SubmitButton>
          </div>
          <ActionStatus handle={reinvite} success={t("detail.reinvited")} />
          {reinvite.result?.ok && <InviteLink url={reinvite.result.data.inviteUrl} />}
        </HandleForm>
      )}
    </div>
  );
}
