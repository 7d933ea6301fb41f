import type { ActionFailure } from "@/lib/actions/result";

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

/** The translated message of a refused action: the rule's own text when the namespace has one. */
export function failureMessage(failure: ActionFailure, tErrors: Translate, tOwn: Translate): string {
  if (failure.rule && tOwn.has(`rules.${failure.rule}`)) return tOwn(`rules.${failure.rule}`);
  return tErrors(`codes.${failure.code}`);
}

/** The translated text of a field error key: errors.field.* first, then the namespace's field.*. */
export function fieldMessage(key: string, tErrors: Translate, tOwn: Translate): string {
  if (tErrors.has(`field.${key}`)) return tErrors(`field.${key}`);
  if (tOwn.has(`field.${key}`)) return tOwn(`field.${key}`);
  return tErrors("field.invalid");
}
