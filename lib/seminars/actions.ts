"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { prisma } from "@/lib/db/prisma";
import { deliverPendingMessages } from "@/lib/notifications/deliver";
import {
  cancelRegistrationConfig,
  cancelSeminarConfig,
  createSeminarConfig,
  publishSeminarConfig,
  recordAttendanceConfig,
  registerForSeminarConfig,
  updateSeminarConfig,
} from "./action-configs";

/** After a committed write: refresh the seminar pages and send queued e-mails when SMTP is set. */
function afterCommit<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const result = await action(input);
    if (result.ok) {
      revalidatePath("/seminars");
      revalidatePath("/collaboratives/[collaborativeId]/seminars", "layout");
      await deliverPendingMessages(prisma).catch((error) => console.error(error));
    }
    return result;
  };
}

const createSeminar = afterCommit(defineAction(createSeminarConfig));
const updateSeminar = afterCommit(defineAction(updateSeminarConfig));
const publishSeminar = afterCommit(defineAction(publishSeminarConfig));
const cancelSeminar = afterCommit(defineAction(cancelSeminarConfig));
const registerForSeminar = afterCommit(defineAction(registerForSeminarConfig));
const cancelRegistration = afterCommit(defineAction(cancelRegistrationConfig));
const recordAttendance = afterCommit(defineAction(recordAttendanceConfig));

/** Secretariat: a new draft seminar (answers gap warnings). */
export async function createSeminarAction(input: unknown) {
  return createSeminar(input);
}
/** Secretariat: change a seminar; the registered are told when it is published. */
export async function updateSeminarAction(input: unknown) {
  return updateSeminar(input);
}
export async function publishSeminarAction(input: unknown) {
  return publishSeminar(input);
}
export async function cancelSeminarAction(input: unknown) {
  return cancelSeminar(input);
}
/** Team member: register oneself, in person or remote (waiting list at capacity). */
export async function registerForSeminarAction(input: unknown) {
  return registerForSeminar(input);
}
export async function cancelRegistrationAction(input: unknown) {
  return cancelRegistration(input);
}
export async function recordAttendanceAction(input: unknown) {
  return recordAttendance(input);
}
