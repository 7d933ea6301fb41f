"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ROLES } from "@/lib/authz/roles";
import { setUserRoleAction } from "@/lib/users/actions";

const NS = "adminUsers";

/** The global role of one account; scopes that no longer fit go with the old role (the hint says so). */
export function UserRoleForm({ userId, role }: { userId: string; role: string }) {
  const t = useTranslations(NS);
  const tRoles = useTranslations("enums.role");
  return (
    <ActionForm action={setUserRoleAction} id="user-role-form" namespace={NS} success={t("detail.roleSaved")} className="flex flex-col gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-end gap-2">
        <Field id="user-role" name="role" label={t("role")} hint={t("detail.roleHint")}>
          {(control) => (
            <select {...control} className="input" defaultValue={role}>
              {ROLES.map((option) => (
                <option key={option} value={option}>
                  {tRoles(option)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SubmitButton className="btn-secondary">{t("detail.saveRole")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
