"use client";

import { useTranslations } from "next-intl";
import { ActionForm, ActionStatus, HandleForm, useActionForm } from "@/components/ui/action-form";
import { ConfirmSubmit } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Section } from "@/components/ui/section";
import { SubmitButton } from "@/components/ui/submit-button";
import { TEAM_ROLES } from "@/lib/authz/roles";
import { addMemberAction, changeMemberRoleAction, removeMemberAction } from "@/lib/teams/actions";

type Member = { userId: string; name: string; email: string; isActive: boolean; role: string };

const NS = "teamMembers";

/** The members table; for the contact person and secretariat also role changes, removal and adding by e-mail. */
export function MembersManager({ teamId, members, canManage, actorId }: { teamId: string; members: Member[]; canManage: boolean; actorId: string }) {
  const t = useTranslations(NS);
  const tRoles = useTranslations("enums.teamRole");
  // A removed member's row goes away with its form, so the removal's outcome is shown above the table.
  const removal = useActionForm(removeMemberAction, { id: "remove-member", namespace: NS });
  const roleOptions = TEAM_ROLES.map((role) => (
    <option key={role} value={role}>
      {tRoles(role)}
    </option>
  ));

  return (
    <div className="flex flex-col gap-6">
      {canManage && <ActionStatus handle={removal} success={t("removed")} />}
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
                    <ActionForm action={changeMemberRoleAction} id={`role-form-${member.userId}`} namespace={NS} success={t("roleSaved")} className="flex flex-col gap-2">
                      <input type="hidden" name="teamId" value={teamId} />
                      <input type="hidden" name="userId" value={member.userId} />
                      <div className="flex flex-wrap items-center gap-2">
                        <Field id={`role-${member.userId}`} name="role" label={<span className="sr-only">{t("roleFor", { name: member.name })}</span>} className="flex flex-col">
                          {(control) => (
                            <select {...control} key={member.role} defaultValue={member.role} className="input min-h-11">
                              {roleOptions}
                            </select>
                          )}
                        </Field>
                        <SubmitButton className="btn-secondary min-h-11">
                          {t("saveRole")}
                          <span className="sr-only"> {member.name}</span>
                        </SubmitButton>
                      </div>
                    </ActionForm>
                  ) : (
                    tRoles(member.role)
                  )}
                </td>
                {canManage && (
                  <td>
                    {member.role !== "CONTACT_PERSON" && (
                      <HandleForm handle={removal} id={`remove-member-${member.userId}`} className="inline-flex">
                        <input type="hidden" name="teamId" value={teamId} />
                        <input type="hidden" name="userId" value={member.userId} />
                        <ConfirmSubmit
                          formId={`remove-member-${member.userId}`}
                          label={
                            <>
                              {t("remove")}
                              <span className="sr-only"> {member.name}</span>
                            </>
                          }
                          question={t("confirmRemove", { name: member.name })}
                          confirmLabel={t("remove")}
                          className="btn-secondary min-h-11"
                        />
                      </HandleForm>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canManage && (
        <Section id="add-member" title={t("addTitle")} className="card flex flex-col gap-3">
          <ActionForm action={addMemberAction} id="add-member" namespace={NS} success={t("added")} resetOnSuccess className="flex flex-col gap-3" aria-labelledby="add-member-heading">
            <input type="hidden" name="teamId" value={teamId} />
            <div className="flex flex-wrap items-end gap-3">
              <Field id="member-email" name="email" label={t("addEmail")}>
                {(control) => <input {...control} type="email" className="input min-h-11" />}
              </Field>
              <Field id="member-role" name="role" label={t("addRole")}>
                {(control) => (
                  <select {...control} defaultValue="MEMBER" className="input min-h-11">
                    {roleOptions}
                  </select>
                )}
              </Field>
              <SubmitButton className="btn-primary min-h-11">{t("add")}</SubmitButton>
            </div>
          </ActionForm>
        </Section>
      )}
    </div>
  );
}
