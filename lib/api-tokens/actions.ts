"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import { createApiTokenConfig, revokeApiTokenConfig } from "./action-configs";
import { API_TOKENS_PATH } from "./rules";

// Server actions for personal API tokens; each is its one definition in action-configs.ts.

function refreshingTokens<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  return async (input: unknown): Promise<ActionResult<T>> => {
    const result = await action(input);
    if (result.ok) revalidatePath(API_TOKENS_PATH);
    return result;
  };
}

const createApiToken = refreshingTokens(defineAction(createApiTokenConfig));
const revokeApiToken = refreshingTokens(defineAction(revokeApiTokenConfig));

/** A new token for the signed-in manager or administrator, answered once in clear. */
export async function createApiTokenAction(input: unknown) {
  return createApiToken(input);
}
export async function revokeApiTokenAction(input: unknown) {
  return revokeApiToken(input);
}
