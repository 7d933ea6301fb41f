"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  addDriverItemConfig,
  copyChangePackageConfig,
  editDriverItemConfig,
  moveDriverItemConfig,
  removeDriverItemConfig,
  renameDriverItemConfig,
} from "./action-configs";

export const addDriverItemAction = defineAction(addDriverItemConfig);
export const renameDriverItemAction = defineAction(renameDriverItemConfig);
export const moveDriverItemAction = defineAction(moveDriverItemConfig);
export const removeDriverItemAction = defineAction(removeDriverItemConfig);
export const editDriverItemAction = defineAction(editDriverItemConfig);
export const copyChangePackageAction = defineAction(copyChangePackageConfig);
