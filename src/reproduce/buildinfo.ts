/**
 * The Go 1.18+ build-info blob (`\xff Go buildinf:`, inline format) read straight from a binary's bytes: enough
 * to say which build setting differs between two builds. Pure; returns undefined for anything else.
 */
const MAGIC = Buffer.from('\xff Go buildinf:', 'latin1');

function uvarint(buf: Buffer, at: number): [number, number] | undefined {
  let x = 0;
  let shift = 0;
  for (let i = at; i < buf.length && i < at + 10; i++) {
    const b = buf[i] as number;
    x += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [x, i + 1];
    shift += 7;
  }
  return undefined;
}

/** Go writes build settings with strconv.Quote when they hold spaces or quotes. */
export function unquoteGo(text: string): string {
  if (!text.startsWith('"') && !text.startsWith('`')) return text;
  if (text.startsWith('`') && text.endsWith('`')) return text.slice(1, -1);
  try {
    return JSON.parse(
      text
        .replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1')
        .replace(
          /\\([abfv])/g,
          (_m, c: string) => ({ a: '\\u0007', b: '\\b', f: '\\f', v: '\\u000b' })[c] ?? '',
        ),
    ) as string;
  } catch {
    return text;
  }
}

export interface BuildInfoLines {
  readonly goVersion: string;
  /** `KEY=VALUE` of every `build` line, plus `path`, `mod` and each `dep`. */
  readonly fields: ReadonlyMap<string, string>;
}

export function readBuildInfo(bytes: Buffer): BuildInfoLines | undefined {
  // The blob is 16-byte aligned; its header is 32 bytes.
  for (let at = bytes.indexOf(MAGIC); at >= 0; at = bytes.indexOf(MAGIC, at + 1)) {
    if (at % 16 !== 0 || at + 32 > bytes.length) continue;
    const flags = bytes[at + 15] as number;
    if ((flags & 0x2) === 0) return undefined; // the pre-1.18 pointer format: not read here
    const v = uvarint(bytes, at + 32);
    if (!v) return undefined;
    const goVersion = bytes.subarray(v[1], v[1] + v[0]).toString('utf8');
    const m = uvarint(bytes, v[1] + v[0]);
    if (!m) return undefined;
    let modinfo = bytes.subarray(m[1], m[1] + m[0]).toString('utf8');
    if (modinfo.length >= 33 && modinfo[modinfo.length - 17] === '\n') modinfo = modinfo.slice(16, -16);
    const fields = new Map<string, string>();
    for (const line of modinfo.split('\n')) {
      const [kind, ...rest] = line.split('\t');
      if (kind === 'build') {
        const kv = rest.join('\t');
        const eq = kv.indexOf('=');
        if (eq > 0) fields.set(unquoteGo(kv.slice(0, eq)), unquoteGo(kv.slice(eq + 1)));
      } else if (kind === 'path' || kind === 'mod') fields.set(kind, rest.join(' '));
      else if (kind === 'dep') fields.set(`dep ${rest[0] ?? ''}`, rest.slice(1).join(' '));
    }
    return { goVersion, fields };
  }
  return undefined;
}

/** The build-info fields whose values differ (go version first). Pure. */
export function diffBuildInfo(
  a: BuildInfoLines,
  b: BuildInfoLines,
): { field: string; first?: string; second?: string }[] {
  const out: { field: string; first?: string; second?: string }[] = [];
  if (a.goVersion !== b.goVersion) out.push({ field: 'go version', first: a.goVersion, second: b.goVersion });
  for (const k of new Set([...a.fields.keys(), ...b.fields.keys()])) {
    const x = a.fields.get(k);
    const y = b.fields.get(k);
    if (x !== y)
      out.push({
        field: k,
        ...(x !== undefined ? { first: x } : {}),
        ...(y !== undefined ? { second: y } : {}),
      });
  }
  return out;
}
