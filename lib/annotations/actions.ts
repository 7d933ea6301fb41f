"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createAnnotationConfig, deleteAnnotationConfig } from "./action-configs";

// Server actions for chart annotations; each is its one definition in action-configs.ts.

export const createAnnotationAction = defineAction(createAnnotationConfig);
export const deleteAnnotationAction = defineAction(deleteAnnotationConfig);
