export interface PeriodRow {
  period: string;
  numerator: number;
  denominator: number | null;
}

export interface PooledPeriod {
  period: string;
  numerator: number;
  /** Null when no row of the period has a denominator (a count measure). */
  denominator: number | null;
  /** Rows that were pooled into this period. */
  rows: number;
}

/**
 * Pools a collaborative's rows per period (PRODUCT.md §5: aggregated charts pool numerators and
 * denominators across teams), sorted by period (ISO period strings sort in time order). If some rows of
 * a period have a denominator and others do not, the rows without one are left out of both sums, because
 * their numerators have nothing to be a proportion of.
 */
export function poolByPeriod(rows: readonly PeriodRow[]): PooledPeriod[] {
  const byPeriod = new Map<string, PeriodRow[]>();
  for (const row of rows) {
    if (!Number.isFinite(row.numerator)) continue;
    const list = byPeriod.get(row.period);
    if (list) list.push(row);
    else byPeriod.set(row.period, [row]);
  }
  const pooled: PooledPeriod[] = [];
  for (const [period, list] of byPeriod) {
    const withDenominator = list.filter((r) => r.denominator !== null && Number.isFinite(r.denominator));
    const used = withDenominator.length > 0 ? withDenominator : list;
    let numerator = 0;
    let denominator = 0;
    for (const r of used) {
      numerator += r.numerator;
      denominator += r.denominator ?? 0;
    }
    pooled.push({
      period,
      numerator,
      denominator: withDenominator.length > 0 ? denominator : null,
      rows: used.length,
    });
  }
  return pooled.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
