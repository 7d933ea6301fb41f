import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { formatCsv, formatCsvNumber, safeText } from "@/lib/measurements/csv";
import { getCollaborativeExport } from "@/lib/measurements/data";
import { csvResponse } from "@/lib/measurements/http";

/** Every team's values of the collaborative's shared measures as CSV (secretariat, manager, admin). */
export async function GET(_request: Request, { params }: { params: Promise<{ collaborativeId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const { collaborativeId } = await params;
  const data = await getCollaborativeExport(prisma, user, collaborativeId);
  if (!data) return new Response(null, { status: 404 });
  const rows = data.rows.map((row) => [
    safeText(row.team),
    safeText(row.measure),
    row.period,
    formatCsvNumber(row.numerator),
    formatCsvNumber(row.denominator),
    safeText(row.note),
  ]);
  return csvResponse(formatCsv([["team", "measure", "period", "numerator", "denominator", "note"], ...rows]), `${data.collaborative.name}-measurements.csv`);
}
