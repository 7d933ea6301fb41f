"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { ROLES } from "@/lib/authz/roles";
import { setUserRoleAction } from "@/lib/users/actions";
import { ActionStatus, useAdminAction, useFailureMessage } from "./action-feedback";

const NS = "adminUsers";

export function UserRoleForm({ userId, role }: { userId: string; role: string }) {
  const t = useTranslations(NS);
  const tRoles = useTranslations("enums.role");
  const failureMessage = useFailureMessage(NS);
  const { pending, failure, run } = useAdminAction(setUserRoleAction);
  const [saved, setSaved] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    run({ userId, role: new FormData(event.currentTarget).get("role") }, () => setSaved(true));
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="user-role" className="font-medium">
            {t("role")}
          </label>
          <select id="user-role" name="role" className="input" defaultValue={role} aria-describedby="user-role-hint">
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {tRoles(option)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary" disabled={pending}>
          {t("detail.saveRole")}
        </button>
      </div>
      <p id="user-role-hint" className="text-sm text-slate-700">
        {t("detail.roleHint")}
      </p>
      <ActionStatus tone={failure ? "error" : "success"} message={failure ? failureMessage(failure) : saved ? t("detail.roleSaved") : null} />
    </form>
  );
}
