"use client";

import { useTranslations } from "next-intl";
import type { ActionFailure } from "@/lib/actions/result";

// One lookup order for every form's messages (the "one seam"):
// - a field error key K on a screen with catalogue namespace N reads N.fieldErrors.K, then the
//   shared errors.field.K, then errors.field.invalid; "tooBig" on a field with a length limit reads
//   errors.field.tooLong with the limit, so the refusal names it;
// - a refusal reads N.rules.R for a RULE_VIOLATION with rule R (its last dotted part), then the
//   shared errors.codes.CODE; the failure's values fill the message's placeholders.
// A screen's own text always wins over the shared one; `fieldErrors` is the one key name for it.

export function useActionMessages(namespace: string) {
  const t = useTranslations();
  const own = (key: string) => `${namespace}.${key}`;
  return {
    field(key: string, limit?: { maxLength?: number }): string {
      if (key === "tooBig" && limit?.maxLength) return t("errors.field.tooLong", { max: limit.maxLength });
      if (t.has(own(`fieldErrors.${key}`))) return t(own(`fieldErrors.${key}`));
      if (t.has(`errors.field.${key}`)) return t(`errors.field.${key}`);
      return t("errors.field.invalid");
    },
    failure(failure: ActionFailure): string {
      if (failure.rule) {
        for (const rule of [failure.rule, failure.rule.split(".").pop()!]) {
          if (t.has(own(`rules.${rule}`))) return t(own(`rules.${rule}`), failure.values);
        }
      }
      return t(`errors.codes.${failure.code}`);
    },
  };
}
