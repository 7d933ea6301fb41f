"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createApiTokenConfig, revokeApiTokenConfig } from "./action-configs";

// Server actions for personal API tokens; each is its one definition in action-configs.ts.

/** A new token for the signed-in manager or administrator, answered once in clear. */
export const createApiTokenAction = defineAction(createApiTokenConfig);
export const revokeApiTokenAction = defineAction(revokeApiTokenConfig);
