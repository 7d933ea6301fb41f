import "server-only";
import { revalidatePath } from "next/cache";

/** A page to refresh after a write: a path, or a path with its whole layout (every page below it). */
export type PagePath = string | { layout: string };
/** What an action's config says it changes: fixed pages, or pages that follow from its input and result. */
export type Revalidate<I, T> = readonly PagePath[] | ((done: { input: I; data: T }) => readonly PagePath[]);

// The app's areas. Pages are rendered per request, so revalidating a pattern costs nothing on the
// server: what matters is that a revalidating action re-renders the page the form is on in the same
// response and clears the browser's cache of the others (Next's action handler).

/** Every page of every team (overview, data, cycles, charts, …) and the contact person's landing page. */
export const TEAM_PAGES: readonly PagePath[] = [{ layout: "/teams/[teamId]" }, "/my-team"];
/** The secretariat's collaborative pages, their list and the manager's overview. */
export const COLLABORATIVE_PAGES: readonly PagePath[] = [{ layout: "/collaboratives" }, "/overview"];
export const SEMINAR_PAGES: readonly PagePath[] = ["/seminars", { layout: "/collaboratives/[collaborativeId]/seminars" }];
export const MICROSYSTEM_PAGES: readonly PagePath[] = [{ layout: "/microsystems" }];
export const ADMIN_USER_PAGES: readonly PagePath[] = [{ layout: "/admin/users" }];
export const ORGANISATION_PAGES: readonly PagePath[] = ["/admin/organisations"];
export const API_TOKEN_PAGES: readonly PagePath[] = ["/account/api-tokens"];
/** Every page: for the language, which every page's text follows. */
export const ALL_PAGES: readonly PagePath[] = [{ layout: "/" }];

export function pagesOf<I, T>(revalidate: Revalidate<I, T>, done: { input: I; data: T }): readonly PagePath[] {
  return typeof revalidate === "function" ? revalidate(done) : revalidate;
}

/** Revalidates what an action's config names (only inside a request: server actions and routes). */
export function revalidatePages<I, T>(revalidate: Revalidate<I, T>, done: { input: I; data: T }): void {
  for (const page of pagesOf(revalidate, done)) {
    if (typeof page === "string") revalidatePath(page);
    else revalidatePath(page.layout, "layout");
  }
}
