// Pure comparison of two message catalogues, for scripts/i18n-check.ts and its unit test.
type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = "", into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(catalogue)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") into.set(name, value);
    else flatten(value, name, into);
  }
  return into;
}

/** The top-level argument names of an ICU message ({name}, {name, plural, …}). */
export function placeholders(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === "{") {
      if (depth === 0) {
        const match = /^\{\s*([A-Za-z_][\w]*)/.exec(message.slice(i));
        if (match) names.add(match[1]);
      }
      depth++;
    } else if (message[i] === "}") depth = Math.max(0, depth - 1);
  }
  return [...names].sort();
}

/**
 * The keys of a catalogue that contain a dot, as dotted paths. next-intl reads a dot as nesting and
 * throws on such a key at every render (issue 17): nest the key instead (`{"idea": {"invalidMove": …}}`).
 */
export function dottedKeys(catalogue: Catalogue, prefix = ""): string[] {
  const found: string[] = [];
  for (const [key, value] of Object.entries(catalogue)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (key.includes(".")) found.push(prefix ? `${prefix}."${key}"` : `"${key}"`);
    if (typeof value !== "string") found.push(...dottedKeys(value, name));
  }
  return found;
}

/** Problems of `candidate` measured against `reference`: a dotted key, missing, extra, empty, placeholder mismatch. */
export function compareCatalogues(reference: Catalogue, candidate: Catalogue): string[] {
  const expected = flatten(reference);
  const actual = flatten(candidate);
  const problems: string[] = dottedKeys(candidate).map((key) => `key with a dot ${key}`);
  for (const [key, message] of expected) {
    const other = actual.get(key);
    if (other === undefined) problems.push(`missing key ${key}`);
    else if (other.trim() === "") problems.push(`empty message ${key}`);
    else if (placeholders(message).join() !== placeholders(other).join()) problems.push(`placeholders differ in ${key}`);
  }
  for (const key of actual.keys()) if (!expected.has(key)) problems.push(`extra key ${key}`);
  return problems;
}
