// The test database with a count of the transactions opened on it, for tests that an action refuses
// before its write transaction begins.
import type { Db } from "@/lib/db/client";

export function countingTransactions(db: Db): { db: Db; transactions: () => number } {
  let count = 0;
  const wrapped = new Proxy(db, {
    get(target, property) {
      const value = Reflect.get(target, property);
      if (property !== "$transaction") return value;
      return (...args: unknown[]) => {
        count++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { db: wrapped, transactions: () => count };
}
