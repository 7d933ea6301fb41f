"use server";

import { defineAction } from "@/lib/actions/define-action";
import { scoreReportConfig, submitReportConfig } from "./action-configs";

export const submitReportAction = defineAction(submitReportConfig);
export const scoreReportAction = defineAction(scoreReportConfig);
