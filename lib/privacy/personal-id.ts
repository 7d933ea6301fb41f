// Samspil holds aggregated measures only (PRODUCT.md §4, "No patient data"): free text must not
// carry a Danish CPR number, a Swedish personnummer or samordningsnummer, or a Norwegian
// fødselsnummer or D-number. Pure functions, shared by every zod schema with free text.

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
  for (const match of text.matchAll(/(?<![\d-])(\d{2})(\d{2})(\d{2})[- ]?(\d{4})(?![\d-])/g)) {
    if (isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return true;
  }
  return false;
}

/** Swedish personnummer / samordningsnummer (day + 60): [YY]YYMMDD[-+]NNNC with the Luhn check digit. */
function looksLikePersonnummer(text: string): boolean {
  for (const match of text.matchAll(/(?<![\d-])(\d{2})?(\d{2})(\d{2})(\d{2})[-+ ]?(\d{4})(?![\d-])/g)) {
    const day = Number(match[4]) > 60 ? Number(match[4]) - 60 : Number(match[4]);
    if (isCalendarDate(day, Number(match[3]), Number(match[2])) && luhnValid(match[2] + match[3] + match[4] + match[5])) return true;
  }
  return false;
}

/** Norwegian fødselsnummer / D-number (day + 40) / H-number (month + 40): 11 digits with two mod-11 check digits. */
function looksLikeFodselsnummer(text: string): boolean {
  for (const match of text.matchAll(/(?<![\d-])(\d{6})[ ]?(\d{5})(?![\d-])/g)) {
    const digits = (match[1] + match[2]).split("").map(Number);
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
  return looksLikeCpr(text) || looksLikePersonnummer(text) || looksLikeFodselsnummer(text);
}
