import { NextResponse } from "next/server";
import { isDatabaseReachable } from "@/lib/db/health";

export async function GET() {
  const database = await isDatabaseReachable();
  return NextResponse.json({ ok: database, database }, { status: database ? 200 : 503 });
}
