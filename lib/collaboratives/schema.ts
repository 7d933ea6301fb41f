import { z } from "zod";
import { calendarDayText } from "@/lib/dates/calendar-day";
import { freeText } from "@/lib/privacy/schema";

export const COLLABORATIVE_STATUSES = ["PLANNING", "ACTIVE", "CLOSED"] as const;
export type CollaborativeStatus = (typeof COLLABORATIVE_STATUSES)[number];
export const TEAM_STATUSES = ["ENROLLED", "ACTIVE", "WITHDRAWN", "COMPLETED"] as const;
export type TeamStatus = (typeof TEAM_STATUSES)[number];

export const idSchema = z.string().trim().min(1).max(64);

/** A calendar date typed as YYYY-MM-DD (the value of <input type="date">), kept as UTC midnight. */
export const dateSchema = calendarDayText.transform((text) => new Date(`${text}T00:00:00.000Z`));

/** An optional id from a <select> whose empty choice means none. */
const optionalId = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((value) => (value ? value : null));

const requiredText = (max: number) => freeText(max).pipe(z.string().min(1));

/** The longest name, topic and aim a collaborative takes (the form counts against the same). */
export const COLLABORATIVE_TEXT_MAX = { name: 200, topic: 200, aim: 2000 } as const;

const collaborativeFields = {
  name: requiredText(COLLABORATIVE_TEXT_MAX.name),
  topic: requiredText(COLLABORATIVE_TEXT_MAX.topic),
  aim: freeText(COLLABORATIVE_TEXT_MAX.aim).default(""),
  startDate: dateSchema,
  endDate: dateSchema,
  organisationId: optionalId,
};

export const createCollaborativeSchema = z.object(collaborativeFields);
export type CreateCollaborativeInput = z.infer<typeof createCollaborativeSchema>;

export const updateCollaborativeSchema = z.object({
  ...collaborativeFields,
  collaborativeId: idSchema,
  status: z.enum(COLLABORATIVE_STATUSES),
});
export type UpdateCollaborativeInput = z.infer<typeof updateCollaborativeSchema>;

/** Enrolling a team: a microsystem and its contact person, picked from the list or typed as an e-mail. */
export const enrolTeamSchema = z
  .object({
    collaborativeId: idSchema,
    microsystemId: idSchema,
    name: freeText(200).default(""),
    contactUserId: optionalId,
    contactEmail: z
      .string()
      .trim()
      .toLowerCase()
      .max(320)
      .optional()
      .transform((value) => (value ? value : null))
      .pipe(z.email({ message: "invalidFormat" }).nullable()),
  })
  .superRefine((input, ctx) => {
    if (!input.contactUserId && !input.contactEmail) ctx.addIssue({ code: "custom", path: ["contactUserId"], message: "required" });
  });
export type EnrolTeamInput = z.infer<typeof enrolTeamSchema>;

export const changeTeamStatusSchema = z.object({ teamId: idSchema, status: z.enum(TEAM_STATUSES) });
export type ChangeTeamStatusInput = z.infer<typeof changeTeamStatusSchema>;

export const staffMemberSchema = z.object({ collaborativeId: idSchema, userId: idSchema });
export type StaffMemberInput = z.infer<typeof staffMemberSchema>;

export const addManagerScopeSchema = z.object({ collaborativeId: idSchema, userId: idSchema });
export type AddManagerScopeInput = z.infer<typeof addManagerScopeSchema>;

export const removeManagerScopeSchema = z.object({ scopeId: idSchema });
export type RemoveManagerScopeInput = z.infer<typeof removeManagerScopeSchema>;
