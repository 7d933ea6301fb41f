// The largest body a server action accepts (next.config.ts serverActions.bodySizeLimit). Next's
// default of 1 MB answered a 2 MB import with a bare 500; the limit must hold the largest import the
// schema accepts (lib/measurements/schema.ts) as the action call encodes it, so the schema, not the
// body parser, refuses a file, with a message that names the limits.
export const ACTION_BODY_LIMIT_BYTES = 5 * 1024 * 1024;
