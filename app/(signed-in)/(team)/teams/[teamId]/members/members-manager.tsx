"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { failureMessage, fieldMessage } from "@/components/teams/action-feedback";
import type { ActionResult, FieldErrors } from "@/lib/actions/result";
import { TEAM_ROLES } from "@/lib/authz/roles";
import { addMemberAction, changeMemberRoleAction, removeMemberAction } from "@/lib/teams/actions";

type Member = { userId: string; name: string; email: string; isActive: boolean; role: string };

/** The members table; for the contact person and secretariat also role changes, removal and adding by e-mail. */
export function MembersManager({ teamId, members, canManage, actorId }: { teamId: string; members: Member[]; canManage: boolean; actorId: string }) {
  const t = useTranslations("teamMembers");
  const tErrors = useTranslations("errors");
  const tRoles = useTranslations("enums.teamRole");
  const router = useRouter();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [addErrors, setAddErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  async function run<T>(action: () => Promise<ActionResult<T>>, success: string): Promise<ActionResult<T>> {
    setPending(true);
    setStatus(null);
    const result = await action();
    setPending(false);
    setStatus(result.ok ? { ok: true, text: success } : { ok: false, text: failureMessage(result, tErrors, t) });
    if (result.ok) router.refresh();
    return result;
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const result = await run(() => addMemberAction({ teamId, email: data.get("email"), role: data.get("role") }), t("added"));
    setAddErrors(result.ok ? {} : (result.fieldErrors ?? {}));
    if (result.ok) form.reset();
  }

  async function changeRole(event: FormEvent<HTMLFormElement>, member: Member) {
    event.preventDefault();
    const role = new FormData(event.currentTarget).get("role");
    await run(() => changeMemberRoleAction({ teamId, userId: member.userId, role }), t("roleSaved"));
  }

  async function remove(member: Member) {
    if (!window.confirm(t("confirmRemove", { name: member.name }))) return;
    await run(() => removeMemberAction({ teamId, userId: member.userId }), t("removed"));
  }

  return (
    <div className="flex flex-col gap-6">
      <div aria-live="polite" role="status">
        {status && (
          <p className={status.ok ? "rounded bg-brand-50 p-2" : "rounded border border-red-300 bg-red-50 p-2 text-red-800"}>{status.text}</p>
        )}
      </div>
      <div className="card overflow-x-auto">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("role")}</th>
              {canManage && <th scope="col">{t("actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.userId}>
                <th scope="row" className="font-medium">
                  {member.name} {member.userId === actorId && <span className="text-slate-600">{t("you")}</span>}{" "}
                  {!member.isActive && <span className="text-slate-600">{t("inactive")}</span>}
                </th>
                <td>{member.email}</td>
                <td>
                  {canManage ? (
                    <form className="flex flex-wrap items-center gap-2" onSubmit={(event) => changeRole(event, member)}>
                      <label htmlFor={`role-${member.userId}`} className="sr-only">
                        {t("roleFor", { name: member.name })}
                      </label>
                      <select id={`role-${member.userId}`} name="role" defaultValue={member.role} className="input min-h-11" key={member.role}>
                        {TEAM_ROLES.map((role) => (
                          <option key={role} value={role}>
                            {tRoles(role)}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className="btn-secondary min-h-11" disabled={pending}>
                        {t("saveRole")}
                        <span className="sr-only"> {member.name}</span>
                      </button>
                    </form>
                  ) : (
                    tRoles(member.role)
                  )}
                </td>
                {canManage && (
                  <td>
                    {member.role !== "CONTACT_PERSON" && (
                      <button type="button" className="btn-secondary min-h-11" disabled={pending} onClick={() => remove(member)}>
                        {t("remove")}
                        <span className="sr-only"> {member.name}</span>
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canManage && (
        <form onSubmit={add} noValidate className="card flex flex-col gap-3" aria-labelledby="add-member-heading">
          <h2 id="add-member-heading" className="text-lg font-semibold">
            {t("addTitle")}
          </h2>
          <div className="flex flex-wrap items-end gap-3">
            <div className="flex flex-col gap-1">
              <label htmlFor="member-email" className="font-medium">
                {t("addEmail")}
              </label>
              <input
                id="member-email"
                name="email"
                type="email"
                className="input min-h-11"
                aria-invalid={addErrors.email ? true : undefined}
                aria-describedby={addErrors.email ? "member-email-error" : undefined}
              />
              {addErrors.email && (
                <p id="member-email-error" className="text-sm text-red-800">
                  {addErrors.email.map((key) => fieldMessage(key, tErrors, t)).join(" ")}
                </p>
              )}
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="member-role" className="font-medium">
                {t("addRole")}
              </label>
              <select id="member-role" name="role" defaultValue="MEMBER" className="input min-h-11">
                {TEAM_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {tRoles(role)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-primary min-h-11" disabled={pending}>
              {t("add")}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
