import type { z } from "zod";
import type { FieldErrors } from "./result";

// Zod issues become message keys under errors.field.* in the catalogues. A schema that needs a
// specific message sets it as the issue message (for example "personalIdentifier").
const KEY_BY_ISSUE: Record<string, string> = {
  invalid_type: "invalid",
  too_small: "tooSmall",
  too_big: "tooBig",
  invalid_format: "invalidFormat",
  invalid_value: "invalid",
  not_multiple_of: "notMultipleOf",
  custom: "invalid",
};

const KNOWN_MESSAGE_KEY = /^[a-z][A-Za-z]+$/;

export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.join(".") : "_form";
    let key = KNOWN_MESSAGE_KEY.test(issue.message) ? issue.message : (KEY_BY_ISSUE[issue.code] ?? "invalid");
    if (issue.code === "too_small" && "minimum" in issue && issue.minimum === 1 && issue.origin === "string") key = "required";
    const keys = (fieldErrors[field] ??= []);
    if (!keys.includes(key)) keys.push(key);
  }
  return fieldErrors;
}
