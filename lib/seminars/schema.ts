import { z } from "zod";
import { nestListFields } from "@/lib/actions/nest-lists";
import { dayProblem } from "@/lib/dates/calendar-day";
import { freeText } from "@/lib/privacy/schema";
import { ATTENDANCES, REGISTRATION_MODES } from "./rules";
import { SEMINAR_TIME_ZONES, zonedLocalToUtc } from "./time";

const id = z.string().trim().min(1).max(64);
const requiredText = (max: number) => freeText(max).pipe(z.string().min(1));
/** "YYYY-MM-DDTHH:mm" from <input type="datetime-local">; read in the seminar's time zone below. */
const localDateTime = z
  .string()
  .trim()
  .refine((text) => text !== "", { message: "dateTimeRequired", abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: "invalidFormat" })
  .superRefine((text, ctx) => {
    const problem = dayProblem(text.slice(0, 10));
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === undefined || value === null || value === "" ? undefined : value), schema.optional());
const webLink = z.string().trim().max(500).url({ message: "invalidUrl" }).refine((url) => /^https?:\/\//i.test(url), { message: "invalidUrl" });
/** A list as an array (a direct call or the nested form fields below) or as JSON in one field. */
const jsonList = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((value) => {
    if (value === undefined || value === "") return [];
    if (typeof value !== "string") return value;
    try {
      return JSON.parse(value);
    } catch {
      return null;
    }
  }, z.array(item).max(max));

export const agendaItemSchema = z.object({
  time: z.string().trim().refine((text) => text !== "", { message: "timeRequired", abort: true }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "invalidFormat" }),
  title: requiredText(300),
  presenter: freeText(200).default(""),
});
export const materialSchema = z.object({ title: requiredText(300), url: webLink });

const seminarFields = z.object({
  number: z.coerce.number().int().min(1).max(999),
  title: requiredText(300),
  timeZone: z.enum(SEMINAR_TIME_ZONES),
  startsAt: localDateTime,
  endsAt: localDateTime,
  venue: freeText(300).default(""),
  videoUrl: optional(webLink).transform((value) => value ?? ""),
  capacity: optional(z.coerce.number().int().min(1).max(10000)).transform((value) => value ?? null),
  /** Places for remote attendance; empty = unlimited (capacity is the room's). */
  remoteCapacity: optional(z.coerce.number().int().min(1).max(10000)).transform((value) => value ?? null),
  registrationDeadline: optional(localDateTime).transform((value) => value ?? null),
  preWork: freeText(5000).default(""),
  agenda: jsonList(agendaItemSchema, 50),
  materials: jsonList(materialSchema, 50),
});

/** Reads the typed wall-clock times in the chosen time zone; a time that does not exist there is refused. */
function withInstants<T extends z.infer<typeof seminarFields>>(fields: T, ctx: z.RefinementCtx) {
  const startsAt = zonedLocalToUtc(fields.startsAt, fields.timeZone);
  const endsAt = zonedLocalToUtc(fields.endsAt, fields.timeZone);
  const deadline = fields.registrationDeadline ? zonedLocalToUtc(fields.registrationDeadline, fields.timeZone) : null;
  if (!startsAt) ctx.addIssue({ code: "custom", path: ["startsAt"], message: "invalid" });
  if (!endsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "invalid" });
  if (fields.registrationDeadline && !deadline) ctx.addIssue({ code: "custom", path: ["registrationDeadline"], message: "invalid" });
  if (startsAt && deadline && deadline.getTime() > startsAt.getTime())
    ctx.addIssue({ code: "custom", path: ["registrationDeadline"], message: "deadlineAfterStart" });
  if (!startsAt || !endsAt || (fields.registrationDeadline && !deadline)) return z.NEVER;
  return { ...fields, startsAt, endsAt, registrationDeadline: deadline };
}

/** The seminar form's flat list fields ("agenda.0.time", "materials.1.url") as the arrays the schema takes. */
export const nestSeminarForm = (raw: unknown): unknown => nestListFields(raw, ["agenda", "materials"], 51);

export const createSeminarSchema = z.preprocess(nestSeminarForm, seminarFields.extend({ collaborativeId: id }).transform(withInstants));
export type CreateSeminarInput = z.infer<typeof createSeminarSchema>;
export const updateSeminarSchema = z.preprocess(nestSeminarForm, seminarFields.extend({ seminarId: id }).transform(withInstants));
export type UpdateSeminarInput = z.infer<typeof updateSeminarSchema>;
export type SeminarDetails = Omit<CreateSeminarInput, "collaborativeId">;

export const seminarIdSchema = z.object({ seminarId: id });
export type SeminarIdInput = z.infer<typeof seminarIdSchema>;

export const registerSchema = z.object({ seminarId: id, mode: z.enum(REGISTRATION_MODES) });
export type RegisterInput = z.infer<typeof registerSchema>;

/** The most rows one attendance sheet saves (a seminar's registrations; 21 on a typical one). */
export const MAX_ATTENDANCE_ROWS = 1000;
/** "" is "not recorded". */
const attendanceChoice = z.preprocess((value) => (value === "" ? null : value), z.enum(ATTENDANCES).nullable());

/**
 * The attendance sheet: every registration of one seminar with its attendance, saved at once. The
 * form posts flat fields ("rows.0.registrationId", "rows.0.attendance"); one id twice is refused.
 */
export const attendanceSheetSchema = z.preprocess(
  (raw) => nestListFields(raw, ["rows"], MAX_ATTENDANCE_ROWS + 1),
  z.object({
    seminarId: id,
    rows: z
      .array(z.object({ registrationId: id, attendance: attendanceChoice }))
      .min(1)
      .max(MAX_ATTENDANCE_ROWS)
      .refine((rows) => new Set(rows.map((row) => row.registrationId)).size === rows.length, { message: "duplicate" }),
  }),
);
export type AttendanceSheetInput = z.infer<typeof attendanceSheetSchema>;
