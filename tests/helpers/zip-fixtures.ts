// ZIP archives built by hand for tests of the Excel import's guards: entries whose headers may lie about
// their sizes, archives with hidden entries or too many entries. Deflated data is real.
import { once } from "node:events";
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";
import { workbookParts, type XlsxCell } from "@/lib/measurements/xlsx-write";

export type ZipEntry = {
  name: string;
  /** 0 stored, 8 deflated (anything else to test an unknown method). */
  method: number;
  packed: Buffer;
  crc: number;
  size: number;
  /** What the central directory claims instead of the truth. */
  central?: { packed?: number; size?: number };
  /**
   * What the local header claims instead of the truth, and an extra field only the local header has;
   * with `descriptor` the local header says "sizes follow the data" (flag bit 3, sizes 0) and a data
   * descriptor after the data claims these sizes.
   */
  local?: { packed?: number; size?: number; extra?: Buffer; descriptor?: { packed: number; size: number } };
  /** Written in the stream of local entries but left out of the central directory. */
  hidden?: boolean;
};

export function deflatedEntry(name: string, text: string | Buffer): ZipEntry {
  const data = Buffer.from(text);
  return { name, method: 8, packed: deflateRawSync(data), crc: crc32(data), size: data.length };
}

export function storedEntry(name: string, text: string | Buffer): ZipEntry {
  const data = Buffer.from(text);
  return { name, method: 0, packed: data, crc: crc32(data), size: data.length };
}

/** A deflated entry of head + `count` times `char` + tail, deflated as a stream (the whole text is never in memory). */
export async function deflatedRepeat(name: string, head: string, char: string, count: number, tail: string): Promise<ZipEntry> {
  const deflate = createDeflateRaw();
  const chunks: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = once(deflate, "end");
  let crc = 0;
  const write = async (piece: Buffer) => {
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await once(deflate, "drain");
  };
  await write(Buffer.from(head));
  const block = Buffer.alloc(1 << 20, char);
  for (let left = count; left > 0; left -= block.length) await write(left >= block.length ? block : block.subarray(0, left));
  await write(Buffer.from(tail));
  deflate.end();
  await ended;
  return { name, method: 8, packed: Buffer.concat(chunks), crc, size: head.length + count + tail.length };
}

/** The entries of a real one-sheet workbook (the project's writer), deflated honestly. */
export function workbookEntries(rows: XlsxCell[][]): ZipEntry[] {
  return workbookParts([{ name: "Data", rows }]).map(([name, text]) => deflatedEntry(name, text));
}

function header(signature: number, entry: ZipEntry, claims: { packed: number; size: number }, nameBytes: Buffer, extraLength: number): Buffer {
  const local = Buffer.alloc(30);
  local.writeUInt32LE(signature, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(entry.local?.descriptor ? 0x0808 : 0x0800, 6);
  local.writeUInt16LE(entry.method, 8);
  local.writeUInt16LE(0x21, 12);
  local.writeUInt32LE(entry.crc >>> 0, 14);
  local.writeUInt32LE(claims.packed, 18);
  local.writeUInt32LE(claims.size, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  local.writeUInt16LE(extraLength, 28);
  return local;
}

/** The archive of the entries, headers claiming what each entry says they claim. */
export function assembleZip(entries: ZipEntry[], options: { zip64?: boolean } = {}): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let listed = 0;
  for (const entry of entries) {
    const nameBytes = Buffer.from(entry.name, "utf8");
    const extra = entry.local?.extra ?? Buffer.alloc(0);
    const descriptor = entry.local?.descriptor;
    const localClaims = descriptor ? { packed: 0, size: 0 } : { packed: entry.local?.packed ?? entry.packed.length, size: entry.local?.size ?? entry.size };
    parts.push(header(0x04034b50, entry, localClaims, nameBytes, extra.length), nameBytes, extra, entry.packed);
    let trailer = 0;
    if (descriptor) {
      const block = Buffer.alloc(16);
      block.writeUInt32LE(0x08074b50, 0);
      block.writeUInt32LE(entry.crc >>> 0, 4);
      block.writeUInt32LE(descriptor.packed, 8);
      block.writeUInt32LE(descriptor.size, 12);
      parts.push(block);
      trailer = block.length;
    }
    if (!entry.hidden) {
      const centralClaims = { packed: entry.central?.packed ?? entry.packed.length, size: entry.central?.size ?? entry.size };
      const central = Buffer.alloc(46);
      central.writeUInt32LE(0x02014b50, 0);
      central.writeUInt16LE(20, 4);
      header(0, entry, centralClaims, nameBytes, 0).copy(central, 6, 4, 30);
      central.writeUInt32LE(offset, 42);
      centrals.push(central, nameBytes);
      listed++;
    }
    offset += 30 + nameBytes.length + extra.length + entry.packed.length + trailer;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : listed, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : listed, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
