import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { authorizeTeam } from "@/lib/authz/authorize";
import type { ImportRow } from "./csv";
import { readImportFile } from "./import-file";
import { importMeasurements, saveMeasurements, type ImportPreviewRow } from "./mutations";
import { importMeasurementsSchema, saveMeasurementsSchema } from "./schema";
import { TEAM_PAGES } from "@/lib/actions/revalidate";

// Measurement data: "measurement.write" on the team (contact person, member, secretariat). The
// measures a team may record are read from the team row inside the mutation, never from the client.
// An import reads its file in `prepare`, before the write transaction, and writes in `run`.

export const saveMeasurementsConfig = {
  schema: saveMeasurementsSchema,
  authorize: ({ db, user, input }) => authorizeTeam(db, user, input.teamId, "measurement.write"),
  run: ({ tx, user, input }) => saveMeasurements(tx, user.id, input, new Date()),
  revalidate: TEAM_PAGES,
} satisfies ActionConfig<typeof saveMeasurementsSchema, { saved: number; created: number; deleted: number }>;

export const importMeasurementsConfig = {
  schema: importMeasurementsSchema,
  authorize: ({ db, user, input }) => authorizeTeam(db, user, input.teamId, "measurement.write"),
  prepare: ({ input }) => readImportFile(input),
  run: ({ tx, user, input, prepared }) => importMeasurements(tx, user.id, input, prepared, new Date()),
  revalidate: TEAM_PAGES,
} satisfies ActionConfig<typeof importMeasurementsSchema, { rows: ImportPreviewRow[]; written: number }, ImportRow[]>;
