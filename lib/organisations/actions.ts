"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import {
  archiveOrganisationConfig,
  createOrganisationConfig,
  moveOrganisationConfig,
  renameOrganisationConfig,
} from "./action-configs";

const ORGANISATIONS_PATH = "/admin/organisations";

function refreshing<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const result = await action(input);
    if (result.ok) revalidatePath(ORGANISATIONS_PATH);
    return result;
  };
}

const create = refreshing(defineAction(createOrganisationConfig));
const rename = refreshing(defineAction(renameOrganisationConfig));
const move = refreshing(defineAction(moveOrganisationConfig));
const archive = refreshing(defineAction(archiveOrganisationConfig));

export async function createOrganisationAction(input: unknown) {
  return create(input);
}
export async function renameOrganisationAction(input: unknown) {
  return rename(input);
}
export async function moveOrganisationAction(input: unknown) {
  return move(input);
}
export async function archiveOrganisationAction(input: unknown) {
  return archive(input);
}
