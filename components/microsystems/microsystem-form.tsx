"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createMicrosystemAction, updateMicrosystemAction } from "@/lib/microsystems/actions";
import { MICROSYSTEM_KINDS } from "@/lib/microsystems/rules";
import { MICROSYSTEM_NAME_MAX } from "@/lib/microsystems/schema";

const NS = "microsystems";

/**
 * Creates a microsystem under an organisation (the action then opens it: its config's redirectTo),
 * or edits its name, kind and organisation.
 */
export function MicrosystemForm({
  organisations,
  values,
}: {
  organisations: { id: string; name: string; kind: string }[];
  values?: { microsystemId: string; name: string; kind: string; organisationId: string };
}) {
  const t = useTranslations(`${NS}.form`);
  const tEnums = useTranslations("enums");
  const isEdit = values !== undefined;
  return (
    <ActionForm
      action={isEdit ? updateMicrosystemAction : createMicrosystemAction}
      id={isEdit ? "microsystem-edit" : "microsystem-new"}
      namespace={NS}
      success={isEdit ? t("saved") : t("created")}
      className="flex max-w-2xl flex-col gap-4"
    >
      {isEdit && <input type="hidden" name="microsystemId" value={values.microsystemId} />}
      <Field name="organisationId" label={t("organisation")}>
        {(control) => (
          <select {...control} required defaultValue={values?.organisationId ?? ""} className="input">
            <option value="" disabled>
              {t("chooseOrganisation")}
            </option>
            {organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {t("organisationOption", { name: organisation.name, kind: tEnums(`organisationKind.${organisation.kind}`) })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="name" label={t("name")} maxLength={MICROSYSTEM_NAME_MAX} initialLength={values?.name.length}>
        {(control) => <input {...control} type="text" required defaultValue={values?.name} className="input" />}
      </Field>
      <Field name="kind" label={t("kind")}>
        {(control) => (
          <select {...control} defaultValue={values?.kind ?? "WARD"} className="input">
            {MICROSYSTEM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tEnums(`microsystemKind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div>
        <SubmitButton>{isEdit ? t("save") : t("create")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
