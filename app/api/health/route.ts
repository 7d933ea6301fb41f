import { NextResponse } from "next/server";
import { isDatabaseReachable } from "@/lib/db/health";
import { secretProblem } from "@/scripts/require-secret.mjs";

/** Healthy only when the database answers and sign-in can work (a usable NEXTAUTH_SECRET). */
export async function GET() {
  const database = await isDatabaseReachable();
  const signIn = secretProblem(process.env) === null;
  const ok = database && signIn;
  return NextResponse.json({ ok, database, signIn }, { status: ok ? 200 : 503 });
}
