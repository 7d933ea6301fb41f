// Sorting and filtering of the collaborative dashboard's teams table (pure; used in the browser).
import type { Verdict } from "./types";

export type TeamTableRow = {
  name: string;
  organisationName: string;
  status: string;
  latestScore: { score: number } | null;
  completeness: number | null;
  cyclesCompletedRecently: number;
  verdicts: Record<string, Verdict>;
};

export type TeamSortKey = "name" | "organisation" | "status" | "score" | "completeness" | "cycles" | `measure:${string}`;
/** all; teams with an improvement on some shared measure; with a deterioration on some; with neither. */
export type VerdictFilter = "all" | "improving" | "deteriorating" | "none";

/** Best first when sorted descending: improving, no signal, too few points, deteriorating. */
const VERDICT_RANK: Record<Verdict, number> = { deteriorating: 0, "too-few-points": 1, "no-signal": 2, improving: 3 };

export function filterTeamRows<T extends TeamTableRow>(rows: readonly T[], query: string, verdict: VerdictFilter): T[] {
  const needle = query.trim().toLocaleLowerCase();
  return rows.filter((row) => {
    if (needle && !`${row.name} ${row.organisationName}`.toLocaleLowerCase().includes(needle)) return false;
    const verdicts = Object.values(row.verdicts);
    if (verdict === "improving") return verdicts.includes("improving");
    if (verdict === "deteriorating") return verdicts.includes("deteriorating");
    if (verdict === "none") return !verdicts.includes("improving") && !verdicts.includes("deteriorating");
    return true;
  });
}

/** Sorted copy; missing values (no score, no completeness) always last; ties by name. */
export function sortTeamRows<T extends TeamTableRow>(rows: readonly T[], key: TeamSortKey, descending: boolean, locale: string): T[] {
  const collator = new Intl.Collator(locale);
  const value = (row: T): string | number | null => {
    if (key === "name") return row.name;
    if (key === "organisation") return row.organisationName;
    if (key === "status") return row.status;
    if (key === "score") return row.latestScore?.score ?? null;
    if (key === "completeness") return row.completeness;
    if (key === "cycles") return row.cyclesCompletedRecently;
    const verdict = row.verdicts[key.slice("measure:".length)];
    return verdict ? VERDICT_RANK[verdict] : null;
  };
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? collator.compare(a.name, b.name) : x === null ? 1 : -1;
    const order = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
    return (descending ? -order : order) || collator.compare(a.name, b.name);
  });
}
