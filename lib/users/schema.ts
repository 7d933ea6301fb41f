import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { ROLES } from "@/lib/authz/roles";
import { freeText } from "@/lib/privacy/schema";

export const changeLocaleSchema = z.object({ locale: z.enum(LOCALES) });
export type ChangeLocaleInput = z.infer<typeof changeLocaleSchema>;

const id = z.string().trim().min(1).max(64);
/** Ids from a group of checkboxes; a single value (one box ticked in a FormData) becomes a list. */
const idList = z.preprocess((value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]), z.array(id).max(500));

/** The longest e-mail address (RFC 5321) and user name; the forms count towards them. */
export const EMAIL_MAX = 254;
export const USER_NAME_MAX = 200;

/** E-mail addresses are stored in lower case, so uniqueness and sign-in ignore case; an empty one is "required", not a wrong format. */
export const emailSchema = z.string().trim().toLowerCase().min(1).max(EMAIL_MAX).pipe(z.email());

export const createUserSchema = z.object({
  name: freeText(USER_NAME_MAX).pipe(z.string().min(1)),
  email: emailSchema,
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const userIdSchema = z.object({ userId: id });
export type UserIdInput = z.infer<typeof userIdSchema>;

export const setRoleSchema = z.object({ userId: id, role: z.enum(ROLES) });
export type SetRoleInput = z.infer<typeof setRoleSchema>;

export const setSecretariatScopesSchema = z.object({ userId: id, collaborativeIds: idList });
export type SetSecretariatScopesInput = z.infer<typeof setSecretariatScopesSchema>;

export const setManagerScopesSchema = z.object({ userId: id, organisationIds: idList, collaborativeIds: idList });
export type SetManagerScopesInput = z.infer<typeof setManagerScopesSchema>;

/** An invitation's new password: at least 12 characters, typed twice. */
export const PASSWORD_MIN_LENGTH = 12;
export const acceptInviteSchema = z
  .object({
    token: z.string().trim().min(1).max(200),
    password: z.string().min(PASSWORD_MIN_LENGTH, { message: "passwordTooShort" }).max(200),
    passwordRepeat: z.string().max(200),
  })
  .refine((input) => input.password === input.passwordRepeat, { message: "passwordMismatch", path: ["passwordRepeat"] });
export type AcceptInviteInput = z.infer<typeof acceptInviteSchema>;
