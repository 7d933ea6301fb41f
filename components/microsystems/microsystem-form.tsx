"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, FormStatus, useActionForm } from "@/components/setup/action-form";
import { createMicrosystemAction, updateMicrosystemAction } from "@/lib/microsystems/actions";
import { MICROSYSTEM_KINDS } from "@/lib/microsystems/rules";

const NS = "microsystems";

/** Creates a microsystem under an organisation (then opens it), or edits its name, kind and organisation. */
export function MicrosystemForm({
  organisations,
  values,
}: {
  organisations: { id: string; name: string; kind: string }[];
  values?: { microsystemId: string; name: string; kind: string; organisationId: string };
}) {
  const t = useTranslations(`${NS}.form`);
  const tEnums = useTranslations("enums");
  const router = useRouter();
  const isEdit = values !== undefined;
  const formId = isEdit ? "microsystem-edit" : "microsystem-new";
  const { pending, result, onSubmit } = useActionForm(isEdit ? updateMicrosystemAction : createMicrosystemAction, {
    onSuccess: (data) => {
      if (!isEdit) router.push(`/microsystems/${(data as { id: string }).id}`);
    },
  });
  const field = { formId, namespace: NS, result };
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-4">
      {isEdit && <input type="hidden" name="microsystemId" value={values.microsystemId} />}
      <Field {...field} name="organisationId" label={t("organisation")}>
        {(props) => (
          <select {...props} required defaultValue={values?.organisationId ?? ""} className="input">
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
      <Field {...field} name="name" label={t("name")}>
        {(props) => <input {...props} type="text" required defaultValue={values?.name} className="input" />}
      </Field>
      <Field {...field} name="kind" label={t("kind")}>
        {(props) => (
          <select {...props} defaultValue={values?.kind ?? "WARD"} className="input">
            {MICROSYSTEM_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {tEnums(`microsystemKind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormStatus result={result} namespace={NS} success={isEdit ? t("saved") : undefined} />
      <div>
        <button type="submit" className="btn-primary" disabled={pending}>
          {isEdit ? t("save") : t("create")}
        </button>
      </div>
    </form>
  );
}
