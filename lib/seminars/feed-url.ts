import "server-only";
import { headers } from "next/headers";
import { appBaseUrl } from "@/lib/users/invite";
import { collaborativeFeedToken } from "./ics";

/** The app's public address: NEXTAUTH_URL, else the request's origin. */
export async function requestBaseUrl(): Promise<string> {
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host");
  const protocol = list.get("x-forwarded-proto") ?? "http";
  return appBaseUrl(host ? `${protocol}://${host}` : null);
}

export const userFeedPath = (calendarToken: string) => `/api/calendar/users/${calendarToken}.ics`;
export const collaborativeFeedPath = (collaborativeId: string) => `/api/calendar/collaboratives/${collaborativeId}/${collaborativeFeedToken(collaborativeId)}.ics`;

/** The token from a feed URL segment, with or without the ".ics" ending. */
export const tokenFromSegment = (segment: string) => segment.replace(/\.ics$/, "");
