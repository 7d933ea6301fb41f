import "server-only";
import type { ActionConfig } from "@/lib/actions/define-action";
import { authorizeTeam } from "@/lib/authz/authorize";
import type { ImportRow } from "./csv";
import { readImportFile } from "./import-file";
import { importMeasurements, saveMeasurements, type ImportPreviewRow } from "./mutations";
import { importMeasurementsSchema, saveMeasurementsSchema, type PreviewedSource } from "./schema";
import { TEAM_PAGES } from "@/lib/actions/revalidate";

// Measurement data: "measurement.write" on the team (contact person, member, secretariat). The
// measures a team may record are read from the team row inside the mutation, never from the client.
// An import reads its file in `prepare`, before the write transaction, and writes in `run`. A
// preview answers what it read as `source`: its confirm posts that again instead of the file, so
// the import writes what was previewed, also without JavaScript (where the file input is empty again).

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
  run: async ({ tx, user, input, prepared }): Promise<ImportResult> => {
    const done = await importMeasurements(tx, user.id, input, prepared.rows, new Date());
    return done.confirmed ? done : { ...done, source: prepared.source };
  },
  // A preview changes nothing; an import changes every team page that shows data.
  revalidate: ({ data }) => (data.confirmed ? TEAM_PAGES : []),
} satisfies ActionConfig<typeof importMeasurementsSchema, ImportResult, { rows: ImportRow[]; source: PreviewedSource }>;

/** An import's answer: the rows with their errors; a preview (not confirmed) also what it read. */
export type ImportResult = { rows: ImportPreviewRow[]; written: number; confirmed: boolean; source?: PreviewedSource };
