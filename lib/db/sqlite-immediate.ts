// Write transactions on SQLite take the write lock at BEGIN (BEGIN IMMEDIATE), and wait for it
// without blocking the process. Prisma's better-sqlite3 adapter begins with a plain (deferred) BEGIN;
// that is safe while one process holds the file, but with several app processes (npm start runs one
// per core) a save that read the series and then writes fails with SQLITE_BUSY when another process
// committed in between, since SQLite cannot wait for a lock on a snapshot that is already stale.
// SQLite's own busy wait sleeps on the JavaScript thread, which would stall every request of the
// waiting process; so BEGIN IMMEDIATE is tried without it, and retried after a timer while the
// process serves other requests.
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from "@prisma/driver-adapter-utils";

type Statement = { run: () => unknown };
type Connection = { prepare: (sql: string) => Statement; pragma: (sql: string) => unknown; inTransaction: boolean };

const WAIT_LIMIT_MS = 5_000;
const BUSY = new Set(["SQLITE_BUSY", "SQLITE_LOCKED"]);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** BEGIN IMMEDIATE on `connection`, retried on a timer while another process writes. */
async function beginImmediate(connection: Connection, prepare: Connection["prepare"], busyTimeoutMs: number): Promise<void> {
  const giveUpAt = Date.now() + WAIT_LIMIT_MS;
  for (let attempt = 0; ; attempt++) {
    connection.pragma("busy_timeout = 0");
    try {
      prepare("BEGIN IMMEDIATE").run();
      return;
    } catch (error) {
      if (!BUSY.has((error as { code?: string }).code ?? "") || Date.now() > giveUpAt) throw error;
    } finally {
      connection.pragma(`busy_timeout = ${busyTimeoutMs}`);
    }
    await sleep(Math.min(1 + attempt, 8) * (0.5 + Math.random()));
  }
}

/** One transaction at a time on this connection, in the order asked (the adapter's own lock is private). */
function turns(): () => Promise<() => void> {
  let last: Promise<void> = Promise.resolve();
  return () => {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const ready = last.then(() => release);
    last = last.then(() => turn);
    return ready;
  };
}

function beginImmediately(adapter: SqlDriverAdapter): SqlDriverAdapter {
  // The adapter keeps its better-sqlite3 connection as `client` and begins with prepare("BEGIN").
  const connection = (adapter as unknown as { client?: Connection }).client;
  if (!connection || typeof connection.prepare !== "function" || typeof connection.pragma !== "function") {
    throw new Error("The SQLite adapter no longer exposes its connection; BEGIN IMMEDIATE cannot be set.");
  }
  const [{ timeout: busyTimeoutMs }] = connection.pragma("busy_timeout") as [{ timeout: number }];
  const prepare = connection.prepare.bind(connection);
  let begun = false;
  connection.prepare = (sql: string) => {
    if (sql !== "BEGIN") return prepare(sql);
    if (!begun) throw new Error("BEGIN outside startTransaction");
    begun = false;
    return { run: () => undefined }; // BEGIN IMMEDIATE ran already
  };

  const nextTurn = turns();
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const release = await nextTurn();
    let transaction: Transaction;
    try {
      await beginImmediate(connection, prepare, busyTimeoutMs);
      begun = true;
      transaction = await startTransaction(isolationLevel);
    } catch (error) {
      begun = false;
      if (connection.inTransaction) prepare("ROLLBACK").run();
      release();
      throw error;
    }
    const commit = transaction.commit.bind(transaction);
    const rollback = transaction.rollback.bind(transaction);
    transaction.commit = () => commit().finally(release);
    transaction.rollback = () => rollback().finally(release);
    return transaction;
  };
  return adapter;
}

export function withImmediateTransactions<Factory extends SqlDriverAdapterFactory>(factory: Factory): Factory {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => beginImmediately(await connect());
  return factory;
}
