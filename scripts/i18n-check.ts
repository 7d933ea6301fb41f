// Fails when a message key is missing, extra or empty in any locale, when a key contains a dot
// (next-intl throws on it), or when a message's placeholders differ from Danish (the default and
// the reference catalogue). Part of `npm test`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { LOCALES, DEFAULT_LOCALE } from "../lib/i18n/locales";
import { compareCatalogues } from "../lib/i18n/catalogue-check";

const root = path.resolve(import.meta.dirname, "..");
const load = (locale: string) => JSON.parse(readFileSync(path.join(root, "messages", `${locale}.json`), "utf8"));
const reference = load(DEFAULT_LOCALE);
let problems = 0;
for (const locale of LOCALES) {
  if (locale === DEFAULT_LOCALE) continue;
  for (const problem of compareCatalogues(reference, load(locale))) {
    console.error(`${locale}: ${problem}`);
    problems++;
  }
}
for (const problem of compareCatalogues(reference, reference)) {
  console.error(`${DEFAULT_LOCALE}: ${problem}`);
  problems++;
}
if (problems > 0) {
  console.error(`i18n:check found ${problems} problem(s).`);
  process.exit(1);
}
console.log(`i18n:check: ${LOCALES.join(", ")} have the same keys and placeholders, and no key has a dot.`);
