/**
 * The table of contents of an uncompressed tar (an OCI archive or `docker save` output): each member's name,
 * type, size and the byte offset of its data, read from the 512-byte headers alone, so a blob can be streamed
 * later with a ranged read and nothing else is read. Understands ustar prefixes, pax `path`/`size` records and
 * GNU long names. Pure over bytes (`parseTarHeaders`) plus a thin file reader (`readTarIndex`).
 */
import { open } from 'node:fs/promises';

export interface TarMember {
  readonly name: string;
  /** '0' regular file, '1' hard link, '2' symlink, '5' directory, ... (the ustar typeflag). */
  readonly type: string;
  readonly size: number;
  /** Offset of the member's data in the archive. */
  readonly offset: number;
  readonly linkname: string;
  /** Modification time in seconds since the epoch (the pax `mtime` record, else the header field). */
  readonly mtime?: number;
}

export class TarFormatError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: not a readable tar archive: ${message}`);
    this.name = 'TarFormatError';
  }
}

const BLOCK = 512;
/** More members than any image archive has; a guard against a crafted index that never ends. */
const MAX_MEMBERS = 1_000_000;
/** pax and GNU long-name records are small; a bigger one is hostile. */
const MAX_META_BYTES = 1024 * 1024;

function cstring(block: Uint8Array, start: number, length: number): string {
  let end = start;
  while (end < start + length && block[end] !== 0) end++;
  return Buffer.from(block.subarray(start, end)).toString('utf8');
}

/** A numeric header field: octal text, or base-256 when the high bit of the first byte is set. */
function tarNumber(block: Uint8Array, start: number, length: number): number {
  const first = block[start] ?? 0;
  if (first & 0x80) {
    let value = first & 0x7f;
    for (let i = start + 1; i < start + length; i++) value = value * 256 + (block[i] ?? 0);
    return value;
  }
  const text = cstring(block, start, length).trim();
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) return Number.NaN;
  return parseInt(text, 8);
}

function checksumOk(block: Uint8Array): boolean {
  const stored = tarNumber(block, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  return stored === sum;
}

/** Records of a pax extended header: `"%d %s=%s\n"`. Pure; ignores malformed records. */
export function parsePax(data: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  const text = Buffer.from(data).toString('utf8');
  let at = 0;
  while (at < text.length) {
    const space = text.indexOf(' ', at);
    if (space < 0) break;
    const length = Number(text.slice(at, space));
    if (!Number.isInteger(length) || length <= space - at) break;
    const record = text.slice(space + 1, at + length - 1);
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return out;
}

/**
 * Reads the members of a tar through `read(offset, length)`, which returns at most `length` bytes at that
 * offset (fewer at the end). Throws TarFormatError on a bad header.
 */
export async function parseTarHeaders(
  file: string,
  read: (offset: number, length: number) => Promise<Uint8Array>,
): Promise<TarMember[]> {
  const members: TarMember[] = [];
  let offset = 0;
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax = new Map<string, string>();
  for (;;) {
    if (members.length > MAX_MEMBERS) throw new TarFormatError(file, `more than ${MAX_MEMBERS} members`);
    const block = await read(offset, BLOCK);
    if (block.length === 0 && members.length > 0) return members; // no end-of-archive blocks: tolerated
    if (block.length < BLOCK) throw new TarFormatError(file, `truncated header at byte ${offset}`);
    if (block.every((b) => b === 0)) return members;
    if (!checksumOk(block)) throw new TarFormatError(file, `bad header checksum at byte ${offset}`);
    const type = String.fromCharCode(block[156] || 0x30);
    let size = tarNumber(block, 124, 12);
    const paxSize = pax.get('size');
    if (paxSize !== undefined && /^\d+$/.test(paxSize)) size = Number(paxSize);
    if (!Number.isSafeInteger(size) || size < 0) throw new TarFormatError(file, `bad size at byte ${offset}`);
    const dataOffset = offset + BLOCK;
    const next = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
      if (size > MAX_META_BYTES) throw new TarFormatError(file, `a ${size}-byte metadata record`);
      const data = await read(dataOffset, size);
      if (data.length < size) throw new TarFormatError(file, `truncated metadata at byte ${dataOffset}`);
      if (type === 'x') pax = parsePax(data);
      else if (type === 'L') longName = cstring(data, 0, data.length);
      else if (type === 'K') longLink = cstring(data, 0, data.length);
      offset = next;
      continue;
    }
    const prefix = block[257] === 0x75 /* "ustar" */ ? cstring(block, 345, 155) : '';
    const shortName = cstring(block, 0, 100);
    const name = pax.get('path') ?? longName ?? (prefix ? `${prefix}/${shortName}` : shortName);
    const linkname = pax.get('linkpath') ?? longLink ?? cstring(block, 157, 100);
    const paxMtime = Number(pax.get('mtime'));
    const mtime = Number.isFinite(paxMtime) ? paxMtime : tarNumber(block, 136, 12);
    members.push({
      name,
      type,
      size,
      offset: dataOffset,
      linkname,
      ...(Number.isFinite(mtime) ? { mtime } : {}),
    });
    longName = undefined;
    longLink = undefined;
    pax = new Map();
    offset = next;
  }
}

/** The members of the tar file at `file`. */
export async function readTarIndex(file: string): Promise<TarMember[]> {
  const handle = await open(file, 'r');
  try {
    const { size: fileSize } = await handle.stat();
    const members = await parseTarHeaders(file, async (offset, length) => {
      const want = Math.max(0, Math.min(length, fileSize - offset));
      const buf = Buffer.alloc(want);
      if (want === 0) return buf;
      const { bytesRead } = await handle.read(buf, 0, want, offset);
      return buf.subarray(0, bytesRead);
    });
    const cut = members.find((m) => m.offset + m.size > fileSize);
    if (cut) throw new TarFormatError(file, `${cut.name} is cut short (the archive is truncated)`);
    return members;
  } finally {
    await handle.close();
  }
}
