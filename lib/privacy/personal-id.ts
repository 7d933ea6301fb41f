// Samspil holds aggregated measures only (PRODUCT.md §4, "No patient data"): free text must not
// carry a Danish CPR number, a Swedish personnummer or samordningsnummer, or a Norwegian
// fødselsnummer or D-number. Pure functions, shared by every zod schema with free text.
// Text is normalised first (NFKC turns full-width digits and dashes into ASCII; zero-width characters
// are removed), and any of - – — / . _ or whitespace may separate the parts (PRODUCT.md §4), as word
// processors, phones and copy-paste from other systems write them. The date and check-digit rules
// stay, so ordinary dates, ranges and counts are not refused.

/** Zero-width and soft-hyphen characters that copy-paste leaves inside numbers. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;
/** Dashes and minus signs NFKC leaves as they are. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63]/g;
/** One optional separator between the day, month and year. */
const DATE_SEP = String.raw`[-/._\s]?`;
/** Up to three separator characters before the serial number ("010190  1234", "010190 - 1234"). */
const SERIAL_SEP = String.raw`[-/._\s]{0,3}`;

const CPR_PATTERN = new RegExp(String.raw`(?<!\d)(\d{2})${DATE_SEP}(\d{2})${DATE_SEP}(\d{2})${SERIAL_SEP}(\d{4})(?!\d)`, "g");
const PERSONNUMMER_PATTERN = new RegExp(String.raw`(?<!\d)(\d{2})?(\d{2})${DATE_SEP}(\d{2})${DATE_SEP}(\d{2})(?:${SERIAL_SEP}|\+)(\d{4})(?!\d)`, "g");
const FODSELSNUMMER_PATTERN = new RegExp(String.raw`(?<!\d)(\d{2})${DATE_SEP}(\d{2})${DATE_SEP}(\d{2})${SERIAL_SEP}(\d{5})(?!\d)`, "g");

function normalise(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(DASHES, "-");
}

function isCalendarDate(day: number, month: number, twoDigitYear: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // The century is unknown: a two-digit year divisible by 4 is taken as a leap year (2000 is one).
  const probeYear = twoDigitYear % 4 === 0 ? 2000 : 2001;
  const daysInMonth = new Date(Date.UTC(probeYear, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Danish CPR: DDMMYY-SSSS; modulus 11 is no longer required (since 2007), so any valid date counts. */
function looksLikeCpr(text: string): boolean {
  for (const match of text.matchAll(CPR_PATTERN)) {
    if (isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return true;
  }
  return false;
}

/** Swedish personnummer / samordningsnummer (day + 60): [YY]YYMMDD[-+]NNNC with the Luhn check digit. */
function looksLikePersonnummer(text: string): boolean {
  for (const match of text.matchAll(PERSONNUMMER_PATTERN)) {
    const day = Number(match[4]) > 60 ? Number(match[4]) - 60 : Number(match[4]);
    if (isCalendarDate(day, Number(match[3]), Number(match[2])) && luhnValid(match[2] + match[3] + match[4] + match[5])) return true;
  }
  return false;
}

/** Norwegian fødselsnummer / D-number (day + 40) / H-number (month + 40): 11 digits with two mod-11 check digits. */
function looksLikeFodselsnummer(text: string): boolean {
  for (const match of text.matchAll(FODSELSNUMMER_PATTERN)) {
    const digits = (match[1] + match[2] + match[3] + match[4]).split("").map(Number);
    const day = digits[0] * 10 + digits[1];
    const month = digits[2] * 10 + digits[3];
    const year = digits[4] * 10 + digits[5];
    if (!isCalendarDate(day > 40 ? day - 40 : day, month > 40 ? month - 40 : month, year)) continue;
    const check = (weights: number[]) => {
      const remainder = weights.reduce((sum, weight, i) => sum + weight * digits[i], 0) % 11;
      return remainder === 0 ? 0 : 11 - remainder;
    };
    const k1 = check([3, 7, 6, 1, 8, 9, 4, 5, 2]);
    const k2 = check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k1 !== 10 && k2 !== 10 && k1 === digits[9] && k2 === digits[10]) return true;
  }
  return false;
}

/** True when the text contains something shaped like a Nordic personal identity number. */
export function containsPersonalIdentifier(text: string): boolean {
  const normalised = normalise(text);
  return looksLikeCpr(normalised) || looksLikePersonnummer(normalised) || looksLikeFodselsnummer(normalised);
}
