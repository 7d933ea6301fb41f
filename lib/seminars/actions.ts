"use server";

import { defineAction } from "@/lib/actions/define-action";
import { prisma } from "@/lib/db/prisma";
import { deliverPendingMessages } from "@/lib/notifications/deliver";
import {
  cancelRegistrationConfig,
  cancelSeminarConfig,
  createSeminarConfig,
  publishSeminarConfig,
  recordAttendanceSheetConfig,
  registerForSeminarConfig,
  updateSeminarConfig,
} from "./action-configs";

// Server actions for learning seminars; each is its one definition in action-configs.ts. After a
// commit the queued e-mails (registrations, changes, cancellations) go out when SMTP is set.

const deliver = async () => void (await deliverPendingMessages(prisma));

/** Secretariat: a new draft seminar (answers gap warnings). */
export const createSeminarAction = defineAction({ ...createSeminarConfig, afterCommit: deliver });
/** Secretariat: change a seminar; the registered are told when it is published. */
export const updateSeminarAction = defineAction({ ...updateSeminarConfig, afterCommit: deliver });
export const publishSeminarAction = defineAction({ ...publishSeminarConfig, afterCommit: deliver });
export const cancelSeminarAction = defineAction({ ...cancelSeminarConfig, afterCommit: deliver });
/** Team member: register oneself, in person or remote (each mode with its own places and waiting list). */
export const registerForSeminarAction = defineAction({ ...registerForSeminarConfig, afterCommit: deliver });
export const cancelRegistrationAction = defineAction({ ...cancelRegistrationConfig, afterCommit: deliver });
/** Secretariat: the attendance sheet, every registration of the seminar saved at once. */
export const recordAttendanceSheetAction = defineAction(recordAttendanceSheetConfig);
