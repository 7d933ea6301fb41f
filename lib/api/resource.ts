import type { z } from "zod";
import type { Actor } from "@/lib/authz/relations";
import type { Db } from "@/lib/db/client";
import type { Page, PageQuery } from "./pagination";

/**
 * One collection of the read API: its query (a strict zod object including the page parameters),
 * a list and a single read. Both see only what the actor could read in the app; a single read of
 * anything else answers null (404).
 */
export type ApiResource<S extends z.ZodType<PageQuery>, T extends { id: string }> = {
  path: string;
  query: S;
  list: (db: Db, actor: Actor, query: z.output<S>) => Promise<Page<T>>;
  get: (db: Db, actor: Actor, id: string) => Promise<T | null>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyApiResource = ApiResource<any, { id: string }>;
