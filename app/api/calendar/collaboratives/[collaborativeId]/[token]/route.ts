import { prisma } from "@/lib/db/prisma";
import { listCollaborativeFeed } from "@/lib/seminars/data";
import { tokenFromSegment } from "@/lib/seminars/feed-url";
import { buildSeminarCalendar, isCollaborativeFeedToken } from "@/lib/seminars/ics";
import { appBaseUrl } from "@/lib/users/invite";

/** A collaborative's seminars as iCalendar; the token is an HMAC of its id (lib/seminars/ics.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ collaborativeId: string; token: string }> }) {
  const { collaborativeId, token } = await params;
  if (!isCollaborativeFeedToken(collaborativeId, tokenFromSegment(token))) return new Response("Not found", { status: 404 });
  const feed = await listCollaborativeFeed(prisma, collaborativeId);
  if (!feed) return new Response("Not found", { status: 404 });
  const body = buildSeminarCalendar(feed.name, feed.seminars, appBaseUrl(new URL(request.url).origin));
  return new Response(body, { headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, max-age=300" } });
}
