/**
 * A form's flat list fields ("agenda.0.time", "cells.3.numerator") as the arrays a schema takes,
 * so each item's error comes back under the name of the input it came from. Only the lists named
 * are nested; every other field passes as it is, and input that already holds a list keeps it (a
 * direct call). Positions from `maxItems` on are dropped before they are built, so a crafted index
 * cannot make a huge sparse array; one past a list's schema limit still counts, so a too-long list
 * is refused rather than cut.
 */
export function nestListFields(
  raw: unknown,
  lists: readonly string[],
  maxItems: number,
  valueOf: (field: string, value: unknown) => unknown = (_field, value) => value,
): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const nested: Record<string, unknown> = {};
  const found: Record<string, Record<string, unknown>[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    const [list, index, field, ...rest] = key.split(".");
    if (rest.length > 0 || field === undefined || !lists.includes(list) || !/^\d+$/.test(index) || !/^\w+$/.test(field)) {
      nested[key] = value;
      continue;
    }
    const position = Number(index);
    if (position >= maxItems) continue;
    const items = (found[list] ??= []);
    items[position] = { ...items[position], [field]: valueOf(field, value) };
  }
  for (const [list, items] of Object.entries(found)) if (!(list in nested)) nested[list] = Array.from(items, (item) => item ?? {});
  return nested;
}
