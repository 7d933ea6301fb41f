import { z } from "zod";
import { TEAM_ROLES } from "@/lib/authz/roles";
import { calendarDayText } from "@/lib/dates/calendar-day";
import { parseDecimal } from "@/lib/i18n/format";
import { freeText } from "@/lib/privacy/schema";

const id = z.string().trim().min(1).max(64);

/** A typed number: "30", "12,5" and "1.234,5" all read; empty means not given. */
const optionalDecimal = z.preprocess((value) => {
  if (typeof value === "number") return value;
  if (typeof value !== "string" || value.trim() === "") return undefined;
  return parseDecimal(value) ?? Number.NaN;
}, z.number().finite().optional());

export const editAimSchema = z.object({
  teamId: id,
  aim: freeText(1000).pipe(z.string().min(1)),
  version: z.coerce.number().int().min(1),
});
export type EditAimInput = z.infer<typeof editAimSchema>;

/** The aim helper's guided questions; composes a sentence the user edits before saving. */
export const aimHelperSchema = z.object({
  direction: z.enum(["reduce", "increase"]),
  what: freeText(200).pipe(z.string().min(1)),
  amount: optionalDecimal.pipe(z.number().positive()),
  unit: freeText(40).pipe(z.string().min(1)),
  baseline: optionalDecimal,
  target: optionalDecimal,
  // An empty "by" date says a date is missing, not that its format is wrong (issue 17).
  byDate: calendarDayText,
});
export type AimHelperInput = z.infer<typeof aimHelperSchema>;

export const addMemberSchema = z.object({
  teamId: id,
  // Empty says "required"; only a typed address can have a wrong format.
  email: z.string().trim().toLowerCase().min(1).pipe(z.email()),
  role: z.enum(TEAM_ROLES),
});

export const changeMemberRoleSchema = z.object({ teamId: id, userId: id, role: z.enum(TEAM_ROLES) });

export const removeMemberSchema = z.object({ teamId: id, userId: id });
