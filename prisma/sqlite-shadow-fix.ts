// The wasm schema engine replays each migration file on the shadow database with one executeRaw(sql);
// better-sqlite3 refuses several statements in one call. Fall back to executeScript (db.exec) then.
// Loaded only by the Prisma CLI (prisma.config.ts). See STACK.md §4.3.
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
} from "@prisma/driver-adapter-utils";

const MULTI_STATEMENT = "contains more than one statement";

function acceptMultiStatement(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query: SqlQuery) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length === 0 && String((error as Error)?.message ?? error).includes(MULTI_STATEMENT)) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      throw error;
    }
  };
  return adapter;
}

export function withMultiStatementShadow(
  factory: SqlMigrationAwareDriverAdapterFactory,
): SqlMigrationAwareDriverAdapterFactory {
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => acceptMultiStatement(await connect());
  factory.connectToShadowDb = async () => acceptMultiStatement(await connectToShadowDb());
  return factory;
}
