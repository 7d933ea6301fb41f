// Ids for rows written with plain SQL, in the shape of Prisma's @default(cuid()) (cuid v1: "c", the
// time in base 36, a counter, a process fingerprint and randomness), so they sort among the rows
// Prisma made by the time they were made: the open data API pages in the order of ids
// (lib/api/pagination.ts). Prisma does not export its generator.
import { randomInt } from "node:crypto";
import { hostname } from "node:os";

const BASE = 36;
const BLOCK = BASE ** 4;
const block = (value: number, width = 4) => value.toString(BASE).padStart(width, "0").slice(-width);

const host = hostname();
const fingerprint = block(process.pid, 2) + block([...host].reduce((sum, char) => sum + char.charCodeAt(0), host.length + BASE), 2);
let counter = 0;

/** A new id: "c", then 24 lowercase letters and digits; later ids sort after earlier ones of another millisecond. */
export function newId(now: number = Date.now()): string {
  counter = (counter + 1) % BLOCK;
  return `c${now.toString(BASE)}${block(counter)}${fingerprint}${block(randomInt(BLOCK))}${block(randomInt(BLOCK))}`;
}
