// ZIP archives (the container of an .xlsx workbook): a writer, and a reader for untrusted files that
// bounds what it really inflates. The reader trusts nothing an archive says about unpacked sizes: it
// finds each entry through the central directory, starts its data after the local header's own name
// and extra field, reads as many packed bytes as the central directory says, and inflates with a cap,
// so a file whose headers lie stops at the cap instead of filling memory (STYLE.md "Hostile input").
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";

export type ZipLimits = {
  /** The most entries the central directory may list. */
  maxEntries: number;
  /** The most bytes one entry may really inflate to. */
  maxEntryBytes: number;
  /** The most bytes all read entries together may really inflate to. */
  maxTotalBytes: number;
  /** Date.now() after which reading stops. */
  deadline: number;
};

export type ZipReadError = "unreadableFile" | "fileTooLarge";
export type ZipReadResult = { entries: Map<string, Buffer>; error?: undefined } | { entries?: undefined; error: ZipReadError };

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

function findEndOfDirectory(file: Buffer): number {
  for (let i = file.length - 22; i >= Math.max(0, file.length - 22 - 0xffff); i--) {
    if (file.readUInt32LE(i) === END_OF_DIRECTORY) return i;
  }
  return -1;
}

/** Inflates at most `cap` bytes; "fileTooLarge" as soon as the real output would pass it. */
function inflateCapped(packed: Buffer, cap: number): Buffer | ZipReadError {
  if (cap <= 0) return "fileTooLarge";
  try {
    return inflateRawSync(packed, { maxOutputLength: cap });
  } catch (error) {
    return (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? "fileTooLarge" : "unreadableFile";
  }
}

/**
 * The entries of an archive whose names `wanted` accepts, inflated within `limits`. Refused as
 * "fileTooLarge": more entries than allowed, ZIP64, an entry or the total inflating past its cap, the
 * deadline passed. Refused as "unreadableFile": not a ZIP archive, split or encrypted archives,
 * methods other than stored and deflate, headers outside the file, a name listed twice, and data
 * whose real size or checksum differs from the central directory's.
 */
export function readZipEntries(file: Buffer, limits: ZipLimits, wanted: (name: string) => boolean): ZipReadResult {
  const end = findEndOfDirectory(file);
  if (end < 0) return { error: "unreadableFile" };
  if (end >= 20 && file.readUInt32LE(end - 20) === ZIP64_END_LOCATOR) return { error: "fileTooLarge" };
  const count = file.readUInt16LE(end + 10);
  const directorySize = file.readUInt32LE(end + 12);
  const directoryStart = file.readUInt32LE(end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff) return { error: "fileTooLarge" };
  if (file.readUInt16LE(end + 4) !== 0 || file.readUInt16LE(end + 6) !== 0 || file.readUInt16LE(end + 8) !== count) return { error: "unreadableFile" };
  if (count > limits.maxEntries) return { error: "fileTooLarge" };
  if (directoryStart + directorySize > end) return { error: "unreadableFile" };

  const entries = new Map<string, Buffer>();
  const names = new Set<string>();
  let total = 0;
  let offset = directoryStart;
  for (let n = 0; n < count; n++) {
    if (Date.now() > limits.deadline) return { error: "fileTooLarge" };
    if (offset + 46 > end || file.readUInt32LE(offset) !== DIRECTORY_ENTRY) return { error: "unreadableFile" };
    const flags = file.readUInt16LE(offset + 8);
    const method = file.readUInt16LE(offset + 10);
    const checksum = file.readUInt32LE(offset + 16);
    const packedSize = file.readUInt32LE(offset + 20);
    const size = file.readUInt32LE(offset + 24);
    const nameLength = file.readUInt16LE(offset + 28);
    const next = offset + 46 + nameLength + file.readUInt16LE(offset + 30) + file.readUInt16LE(offset + 32);
    const localStart = file.readUInt32LE(offset + 42);
    if (packedSize === 0xffffffff || size === 0xffffffff || localStart === 0xffffffff) return { error: "fileTooLarge" };
    if (next > end) return { error: "unreadableFile" };
    const name = file.toString("utf8", offset + 46, offset + 46 + nameLength);
    offset = next;
    if (names.has(name)) return { error: "unreadableFile" };
    names.add(name);
    if (!wanted(name)) continue;
    if ((flags & 1) !== 0 || (method !== STORED && method !== DEFLATED)) return { error: "unreadableFile" };
    if (localStart + 30 > directoryStart || file.readUInt32LE(localStart) !== LOCAL_HEADER) return { error: "unreadableFile" };
    const dataStart = localStart + 30 + file.readUInt16LE(localStart + 26) + file.readUInt16LE(localStart + 28);
    if (dataStart + packedSize > directoryStart) return { error: "unreadableFile" };
    const packed = file.subarray(dataStart, dataStart + packedSize);
    const cap = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - total);
    const data = method === STORED ? (packed.length > cap ? "fileTooLarge" : packed) : inflateCapped(packed, cap);
    if (typeof data === "string") return { error: data };
    if (data.length !== size || crc32(data) !== checksum) return { error: "unreadableFile" };
    total += data.length;
    entries.set(name, data);
  }
  return { entries };
}

/** A ZIP archive of the entries, deflated or stored (no ZIP64: fine for files far below 4 GB). */
export function writeZip(entries: readonly (readonly [string, string | Buffer])[], method: "deflate" | "store" = "deflate"): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const packed = method === "deflate" ? deflateRawSync(data) : data;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method === "deflate" ? DEFLATED : STORED, 8);
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(DIRECTORY_ENTRY, 0);
    central.writeUInt16LE(20, 4); // version made by
    local.copy(central, 6, 4, 30); // the same fields as the local header, from "version needed" on
    central.writeUInt32LE(offset, 42); // comment length, disk and attributes stay 0
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
