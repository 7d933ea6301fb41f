"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createMicrosystemConfig, saveProfileConfig, updateMicrosystemConfig } from "./action-configs";

// Server actions for microsystems and their 5P profile; each is its one definition in action-configs.ts.

export const createMicrosystemAction = defineAction(createMicrosystemConfig);
export const updateMicrosystemAction = defineAction(updateMicrosystemConfig);
export const saveProfileAction = defineAction(saveProfileConfig);
