import { z } from "zod";
import { containsPersonalIdentifier } from "./personal-id";

/** Free text that refuses personal identity numbers; the form shows errors.field.personalIdentifier. */
export function freeText(maxLength = 5000) {
  return z
    .string()
    .trim()
    .max(maxLength)
    .refine((text) => !containsPersonalIdentifier(text), { message: "personalIdentifier" });
}
