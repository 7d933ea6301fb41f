// A linear pre-read of a worksheet's XML before the spreadsheet library parses it: that library gives
// back every row up to the last one, each padded out to the widest row, so a sheet's size in memory is
// its last row number times its last column number, whatever few cells it really holds. The scan
// finds both from the <row> and <c> tags (numbers are taken from their r attributes, as the library
// takes them) and refuses a sheet that passes the caps before anything big is built. It also bounds
// the longest token (a text, a tag, a comment): the library's XML reader reads the sheet in chunks
// and re-reads a token that spans them from its start on every chunk, so one 5 MB cell text took it
// over a minute. Excel itself holds at most 32,767 characters in a cell.

export type SheetScanError = "tooManyRows" | "tooManyColumns" | "fileTooLarge" | "unreadableFile";
export type SheetLimits = { maxRows: number; maxColumns: number; maxTokenChars: number };

const ROW_NUMBER = /^\d{1,7}$/;
const CELL_REFERENCE = /^([A-Z]{1,3})(\d{1,7})$/;
/** Comments, character data and processing instructions: skipped whole, to their end marks. */
const SPECIAL: [string, string][] = [
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<?", "?>"],
];

function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters) number = number * 26 + letter.charCodeAt(0) - 64;
  return number;
}

/** The r attribute of the tag whose attributes run from `from`; `end` is just past its closing ">" (quotes respected). */
function readTag(xml: string, from: number): { r?: string; end: number } | null {
  let r: string | undefined;
  let i = from;
  for (;;) {
    while (i < xml.length && /\s/.test(xml[i])) i++;
    if (i >= xml.length) return null;
    if (xml[i] === ">") return { r, end: i + 1 };
    if (xml[i] === "/" && xml[i + 1] === ">") return { r, end: i + 2 };
    const equals = xml.indexOf("=", i);
    if (equals < 0) return null;
    const name = xml.slice(i, equals).trim();
    let quote = equals + 1;
    while (quote < xml.length && /\s/.test(xml[quote])) quote++;
    if (xml[quote] !== '"' && xml[quote] !== "'") return null;
    const close = xml.indexOf(xml[quote], quote + 1);
    if (close < 0 || name === "" || /[\s<>]/.test(name)) return null;
    if (name === "r") r = xml.slice(quote + 1, close);
    i = close + 1;
  }
}

/**
 * Whether a worksheet stays within `limits`: its last row (counting rows without a number as the one
 * after the previous), its last column and its longest token. Cells must carry a reference (the
 * library needs one); a DOCTYPE (never written by spreadsheets, a door to entity tricks) or a broken
 * tag is unreadable.
 */
export function scanSheet(xml: string, limits: SheetLimits): SheetScanError | undefined {
  let inSheetData = false;
  let row = 0;
  let rows = 0;
  // `position` is the end of the last token read, `i` the start of the next tag.
  for (let position = 0; ; ) {
    const i = xml.indexOf("<", position);
    if ((i < 0 ? xml.length : i) - position > limits.maxTokenChars) return "fileTooLarge";
    if (i < 0) return undefined;
    const special = SPECIAL.find(([open]) => xml.startsWith(open, i));
    if (special) {
      const end = xml.indexOf(special[1], i + special[0].length);
      if (end < 0) return "unreadableFile";
      if (end - i > limits.maxTokenChars) return "fileTooLarge";
      position = end + special[1].length;
      continue;
    }
    if (xml.startsWith("<!", i)) return "unreadableFile";
    const closing = xml[i + 1] === "/";
    const nameStart = i + (closing ? 2 : 1);
    const nameLimit = Math.min(xml.length, i + limits.maxTokenChars);
    let nameEnd = nameStart;
    while (nameEnd < nameLimit && !/[\s/>]/.test(xml[nameEnd])) nameEnd++;
    if (nameEnd === nameLimit) return nameLimit === xml.length ? "unreadableFile" : "fileTooLarge";
    const name = xml.slice(nameStart, nameEnd);
    const local = name.slice(name.lastIndexOf(":") + 1);
    const tag = readTag(xml, nameEnd);
    if (!tag) return "unreadableFile";
    if (tag.end - i > limits.maxTokenChars) return "fileTooLarge";
    position = tag.end;
    if (local === "sheetData") inSheetData = !closing && xml[tag.end - 2] !== "/";
    if (!inSheetData || closing) continue;
    if (local === "row") {
      if (tag.r !== undefined && !ROW_NUMBER.test(tag.r)) return "unreadableFile";
      row = tag.r !== undefined ? Number(tag.r) : row + 1;
      rows++;
      if (row > limits.maxRows || rows > limits.maxRows) return "tooManyRows";
    } else if (local === "c") {
      const reference = tag.r === undefined ? null : CELL_REFERENCE.exec(tag.r);
      if (!reference) return "unreadableFile";
      if (Number(reference[2]) > limits.maxRows) return "tooManyRows";
      if (columnNumber(reference[1]) > limits.maxColumns) return "tooManyColumns";
    }
  }
}
