import { prisma } from "@/lib/db/prisma";
import { listUserFeed } from "@/lib/seminars/data";
import { tokenFromSegment } from "@/lib/seminars/feed-url";
import { buildSeminarCalendar } from "@/lib/seminars/ics";
import { appBaseUrl } from "@/lib/users/invite";

/** A user's seminars as iCalendar; the secret token in the URL is the credential (signed out by design). */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const feed = await listUserFeed(prisma, tokenFromSegment(token));
  if (!feed) return new Response("Not found", { status: 404 });
  const body = buildSeminarCalendar(`Samspil – ${feed.name}`, feed.seminars, appBaseUrl(new URL(request.url).origin));
  return new Response(body, { headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, max-age=300" } });
}
