"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionStatus, HandleForm, useActionForm } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createApiTokenAction } from "@/lib/api-tokens/actions";
import { NewToken } from "./new-token";

const NS = "apiTokens";

/**
 * Creates a token and shows it once, with a copy button, until the page is left. The token comes
 * in the action's result and is never stored in the page: a reload shows it no more.
 */
export function CreateTokenForm() {
  const t = useTranslations(NS);
  // Kept apart from the action's result so a later refused submit does not hide a token not yet copied.
  const [kept, setKept] = useState<{ name: string; token: string } | null>(null);
  const handle = useActionForm(createApiTokenAction, {
    id: "api-token",
    namespace: NS,
    onSuccess: (data, form) => {
      setKept(data);
      form?.reset();
    },
  });
  // Without JavaScript the page is drawn from the result itself.
  const created = handle.result?.ok ? handle.result.data : kept;
  return (
    <section aria-labelledby="api-token-create-heading" className="card flex flex-col gap-3">
      <h2 id="api-token-create-heading" className="text-lg font-semibold">
        {t("create.heading")}
      </h2>
      <HandleForm handle={handle} className="flex flex-col gap-3" aria-labelledby="api-token-create-heading">
        <Field id="api-token-name" name="name" label={t("create.name")} hint={t("create.nameHint")} maxLength={100} className="flex max-w-md flex-col gap-1">
          {(control) => <input {...control} className="input" autoComplete="off" />}
        </Field>
        <div>
          <SubmitButton className="btn-primary">{t("create.submit")}</SubmitButton>
        </div>
      </HandleForm>
      <ActionStatus handle={handle} success={(data) => t("created.message", { name: data.name })} />
      {created && <NewToken token={created.token} />}
    </section>
  );
}
