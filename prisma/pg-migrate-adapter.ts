// Three fixes for @prisma/adapter-pg 6.19 under the wasm schema engine (STACK.md §4.4):
// 1. catalog columns of type name/name[]/"char" cannot be deserialised: report them as text;
// 2. the shadow database must get discrete connection fields, or the URL's database wins and
//    migrations are replayed into the main database;
// 3. the shadow pool must end before its database is dropped, or the drop fails and it is left behind.
// Loaded only by the Prisma CLI (prisma.config.ts).
import pg from "pg";
import { parse } from "pg-connection-string";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const TYPE_REWRITES: Record<number, number> = { 19: 25, 1003: 1009, 18: 25 };

function rewriteFieldTypes<T>(result: T): T {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  for (const field of fields ?? []) {
    const replacement = TYPE_REWRITES[field.dataTypeID];
    if (replacement) field.dataTypeID = replacement;
  }
  return result;
}

class CatalogFriendlyClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const callbackIndex = args.findIndex((arg) => typeof arg === "function");
    if (callbackIndex >= 0) {
      const callback = args[callbackIndex];
      args[callbackIndex] = (error: unknown, result: unknown) => callback(error, error ? result : rewriteFieldTypes(result));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const returned = (super.query as any)(...args);
    return returned && typeof returned.then === "function" ? returned.then(rewriteFieldTypes) : returned;
  }
}

type PoolFields = pg.PoolConfig & { database?: string };

function poolConfig(url: string): PoolFields {
  const parsed = parse(url);
  return {
    host: parsed.host ?? undefined,
    port: parsed.port ? Number(parsed.port) : undefined,
    user: parsed.user ?? undefined,
    password: parsed.password ?? undefined,
    database: parsed.database ?? undefined,
    Client: CatalogFriendlyClient as unknown as typeof pg.Client,
    allowExitOnIdle: true,
  };
}

export function prismaPgForMigrate(url: string): SqlMigrationAwareDriverAdapterFactory {
  const config = poolConfig(url);
  const factory = new PrismaPg(config);
  // The factory's declared type is narrower than what the CLI needs from it (any SqlDriverAdapter).
  (factory as unknown as { connectToShadowDb: () => Promise<SqlDriverAdapter> }).connectToShadowDb = async () => {
    const admin = await factory.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadowFactory = new PrismaPg({ ...config, database });
    const shadow = await shadowFactory.connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await admin.dispose();
    };
    return shadow;
  };
  return factory;
}
