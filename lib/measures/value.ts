/**
 * The plotted value of one measurement: a proportion or rate is numerator / denominator × the
 * measure's multiplier (100 for per cent, 1000 for per 1000 bed days); counts and continuous
 * values are the numerator itself (PRODUCT.md §3, Measure kind).
 */
export function measurementValue(
  kind: string,
  multiplier: number,
  numerator: number,
  denominator: number | null,
): number | null {
  if (kind === "PROPORTION" || kind === "RATE") {
    if (denominator === null || denominator <= 0) return null;
    return (numerator / denominator) * multiplier;
  }
  return numerator;
}

export function hasDenominator(kind: string): boolean {
  return kind === "PROPORTION" || kind === "RATE";
}
