/**
 * The Go build-info blob (what `go version -m` prints), read from a binary's bytes the way Go's debug/buildinfo
 * does: the `.go.buildinfo` section, else the first writable, non-executable PT_LOAD, else (not ELF, or neither
 * found) a scan of the whole file for the 16-byte aligned magic. Both formats: the Go 1.18+ inline one
 * (flags & 2: varint-prefixed strings after the 32-byte header) and the older pointer one (two pointers to Go
 * string headers, resolved through the PT_LOAD segments). Pure and total: bad input gives undefined, a bad line
 * in the module info is skipped.
 */
import { Reader, indexOf, utf8, uvarint } from './bytes.js';
import { PF_W, PF_X, PT_LOAD, SHT_NOBITS, parseElf, vaddrToOffset, type ElfInfo } from './elf.js';
import { goQuote, goQuotedPrefix, goUnquote } from './goquote.js';

export interface GoModule {
  path: string;
  version: string;
  sum?: string;
  replace?: GoModule;
}

export interface GoBuildInfo {
  goVersion: string;
  path?: string;
  main?: GoModule;
  deps: GoModule[];
  settings: { key: string; value: string }[];
  /** 'inline' (Go 1.18+) or 'pointer' (older). */
  format?: 'inline' | 'pointer';
  /** The module info text as stored, sentinels stripped. */
  modinfo?: string;
}

const MAGIC = Uint8Array.from(Buffer.from('\xff Go buildinf:', 'latin1'));
const HEADER = 32;
const ALIGN = 16;
/** Go's debug/buildinfo refuses strings larger than this; so do we (no huge allocations from a length field). */
const MAX_STRING = 64 << 20;

export function buildSetting(info: GoBuildInfo, key: string): string | undefined {
  return info.settings.find((s) => s.key === key)?.value;
}

/** The first 16-byte aligned (relative to `start`) magic in [start, end) with room for the header. */
function searchMagic(bytes: Uint8Array, start: number, end: number): number | undefined {
  end = Math.min(end, bytes.length);
  for (let at = indexOf(bytes, MAGIC, start); at >= 0 && at < end; at = indexOf(bytes, MAGIC, at + 1)) {
    if ((at - start) % ALIGN !== 0) continue;
    return at + HEADER <= end ? at : undefined;
  }
  return undefined;
}

/** Where the blob is: [file offset, end of the region] candidates in Go's order. */
function regions(bytes: Uint8Array, elf: ElfInfo | undefined): [number, number][] {
  const out: [number, number][] = [];
  if (elf) {
    const sec = elf.sections.find((s) => s.name === '.go.buildinfo' && s.type !== SHT_NOBITS);
    if (sec) out.push([sec.offset, sec.offset + sec.size]);
    else {
      const seg = elf.segments.find((p) => p.type === PT_LOAD && (p.flags & (PF_X | PF_W)) === PF_W);
      if (seg) {
        // Go aligns the search on the virtual address; translate that alignment to the file offset.
        const pad = (ALIGN - (seg.vaddr % ALIGN)) % ALIGN;
        out.push([seg.offset + pad, seg.offset + seg.filesz]);
      }
    }
  }
  out.push([0, bytes.length]);
  return out;
}

export function readGoBuildInfo(bytes: Uint8Array, elf?: ElfInfo): GoBuildInfo | undefined {
  try {
    const e = elf ?? parseElf(bytes);
    for (const [start, end] of regions(bytes, e)) {
      if (start < 0 || start >= bytes.length) continue;
      const at = searchMagic(bytes, start, end);
      if (at === undefined) continue;
      const raw = decodeBlob(bytes, at, Math.min(end, bytes.length), e);
      if (!raw) continue;
      const info = parseModinfo(raw.mod, raw.vers);
      info.format = raw.format;
      return info;
    }
    return undefined;
  } catch {
    return undefined; // belt and braces: the reads above are bounds-checked
  }
}

function decodeBlob(
  bytes: Uint8Array,
  at: number,
  end: number,
  elf: ElfInfo | undefined,
): { vers: string; mod: string; format: 'inline' | 'pointer' } | undefined {
  const ptrSize = bytes[at + 14] ?? 0;
  const flags = bytes[at + 15] ?? 0;
  let vers: string;
  let mod: string;
  let format: 'inline' | 'pointer';
  if ((flags & 2) === 2) {
    format = 'inline';
    const v = decodeString(bytes, at + HEADER, end);
    if (!v) return undefined;
    const m = decodeString(bytes, v[1], end);
    if (!m) return undefined;
    vers = v[0];
    mod = m[0];
  } else {
    format = 'pointer';
    if ((ptrSize !== 4 && ptrSize !== 8) || !elf) return undefined;
    const r = new Reader(bytes, (flags & 1) === 0);
    const versPtr = r.word(at + 16, ptrSize);
    const modPtr = r.word(at + 16 + ptrSize, ptrSize);
    vers = versPtr === undefined ? '' : readGoString(r, elf, ptrSize, versPtr);
    mod = modPtr === undefined ? '' : readGoString(r, elf, ptrSize, modPtr);
  }
  if (vers === '') return undefined;
  if (mod.length >= 33 && mod[mod.length - 17] === '\n') mod = mod.slice(16, -16);
  else mod = '';
  return { vers, mod, format };
}

/** A varint length and that many bytes; [string, offset after it]. Byte-level (latin1) until decoded. */
function decodeString(bytes: Uint8Array, at: number, end: number): [string, number] | undefined {
  const v = uvarint(bytes, at);
  if (!v) return undefined;
  const [len, n] = v;
  const from = at + n;
  if (len > MAX_STRING || from + len > end) return undefined;
  return [latin1(bytes.subarray(from, from + len)), from + len];
}

/** A Go string header {ptr, len} at a virtual address, and the bytes it points to. '' when unreadable. */
function readGoString(r: Reader, elf: ElfInfo, ptrSize: 4 | 8, addr: number): string {
  const hdr = vaddrToOffset(elf, addr, 2 * ptrSize);
  if (hdr === undefined) return '';
  const ptr = r.word(hdr, ptrSize);
  const len = r.word(hdr + ptrSize, ptrSize);
  if (ptr === undefined || len === undefined || len > MAX_STRING) return '';
  const off = vaddrToOffset(elf, ptr, Math.max(1, len));
  if (off === undefined) return '';
  const b = r.slice(off, len);
  return b ? latin1(b) : '';
}

/** Bytes as a string of code units 0-255, so lengths and the sentinel check are byte-exact (decoded later). */
function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}

function fromLatin1(s: string): string {
  return utf8(Uint8Array.from(Buffer.from(s, 'latin1')));
}

function moduleLine(elem: string[]): GoModule | undefined {
  if (elem.length !== 2 && elem.length !== 3) return undefined;
  const m: GoModule = { path: elem[0] ?? '', version: elem[1] ?? '' };
  if (elem[2]) m.sum = elem[2];
  return m;
}

const quoteKey = (k: string) => k.length === 0 || /[= \t\r\n"`]/.test(k);
const quoteValue = (v: string) => /[ \t\r\n"`]/.test(v);

/** runtime/debug.ParseBuildInfo, leniently: a malformed line is skipped instead of failing the whole blob. */
function parseModinfo(modLatin1: string, versLatin1: string): GoBuildInfo {
  const info: GoBuildInfo = { goVersion: fromLatin1(versLatin1), deps: [], settings: [] };
  const text = fromLatin1(modLatin1);
  info.modinfo = text;
  let last: GoModule | undefined;
  const lines = text.split('\n');
  lines.pop(); // Go ignores a final line without a newline
  for (const line of lines) {
    if (line.startsWith('path\t')) {
      info.path = line.slice(5);
    } else if (line.startsWith('mod\t')) {
      const m = moduleLine(line.slice(4).split('\t'));
      last = m;
      if (m) info.main = m;
    } else if (line.startsWith('dep\t')) {
      const m = moduleLine(line.slice(4).split('\t'));
      last = m;
      if (m) info.deps.push(m);
    } else if (line.startsWith('=>\t')) {
      const elem = line.slice(3).split('\t');
      if (elem.length === 3 && last) {
        last.replace = { path: elem[0] ?? '', version: elem[1] ?? '' };
        if (elem[2]) last.replace.sum = elem[2];
      }
      last = undefined;
    } else if (line.startsWith('build\t')) {
      const s = buildLine(line.slice(6));
      if (s) info.settings.push(s);
    }
  }
  return info;
}

function buildLine(kv: string): { key: string; value: string } | undefined {
  if (kv.length < 1 || kv[0] === '=') return undefined;
  let key: string;
  let rawValue: string;
  if (kv[0] === '"' || kv[0] === '`') {
    const rawKey = goQuotedPrefix(kv);
    if (rawKey === undefined || kv[rawKey.length] !== '=') return undefined;
    key = goUnquote(rawKey) ?? '';
    rawValue = kv.slice(rawKey.length + 1);
  } else {
    const eq = kv.indexOf('=');
    if (eq < 0) return undefined;
    key = kv.slice(0, eq);
    rawValue = kv.slice(eq + 1);
    if (quoteKey(key)) return undefined;
  }
  let value = '';
  if (rawValue.length > 0) {
    if (rawValue[0] === '"' || rawValue[0] === '`') {
      const v = goUnquote(rawValue);
      if (v === undefined) return undefined;
      value = v;
    } else {
      if (quoteValue(rawValue)) return undefined;
      value = rawValue;
    }
  }
  return { key, value };
}

/** runtime/debug.BuildInfo.String without the go line (what `go version -m` indents under the file line). */
function moduleText(info: GoBuildInfo): string {
  let buf = '';
  if (info.path) buf += `path\t${info.path}\n`;
  const formatMod = (word: string, m: GoModule) => {
    buf += `${word}\t${m.path}\t${m.version}`;
    if (!m.replace) buf += `\t${m.sum ?? ''}`;
    else {
      buf += '\n';
      formatMod('=>', m.replace);
    }
    buf += '\n';
  };
  const main = info.main;
  if (main && (main.path || main.version || main.sum || main.replace)) formatMod('mod', main);
  for (const d of info.deps) formatMod('dep', d);
  for (const s of info.settings) {
    const key = quoteKey(s.key) ? goQuote(s.key) : s.key;
    const value = quoteValue(s.value) ? goQuote(s.value) : s.value;
    buf += `build\t${key}=${value}\n`;
  }
  return buf;
}

/** Exactly what `go version -m FILE` prints for this binary (with its final newline). */
export function formatGoVersionM(file: string, info: GoBuildInfo): string {
  let out = `${file}: ${info.goVersion}\n`;
  const mod = moduleText(info);
  if (mod.length > 0) out += `\t${mod.slice(0, -1).replace(/\n/g, '\n\t')}\n`;
  return out;
}
