import { z } from "zod";
import { idParam } from "./query";

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/**
 * Cursor pagination in the order of ids: `cursor` is the id of the last row of the previous page.
 * New rows never shift a page already read, and walking `next` returns every row exactly once.
 */
export const pageParams = {
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
  cursor: idParam.optional(),
};

export type PageQuery = { limit: number; cursor?: string };
export type Page<T> = { data: T[]; nextCursor: string | null };

/** The where-clause of the rows after the cursor. */
export function afterCursor(cursor: string | undefined): { id?: { gt: string } } {
  return cursor ? { id: { gt: cursor } } : {};
}

/** Ordering and size of a page query: one row more than the page tells whether another page follows. */
export function pageArgs(query: PageQuery) {
  return { orderBy: { id: "asc" as const }, take: query.limit + 1 };
}

/** A page of rows fetched with pageArgs. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): Page<T> {
  const data = rows.slice(0, limit);
  return { data, nextCursor: rows.length > limit ? data[data.length - 1].id : null };
}

/** The address of the next page: the same request with `cursor` set; null on the last page. */
export function nextPageUrl(requestUrl: URL, baseUrl: string, nextCursor: string | null): string | null {
  if (!nextCursor) return null;
  const next = new URL(`${requestUrl.pathname}${requestUrl.search}`, baseUrl);
  next.searchParams.set("cursor", nextCursor);
  return next.toString();
}
