/**
 * Build-info fields of a binary, flattened for diffing two builds. The parsing is src/gobin's (the one
 * build-info parser in the tree); this adapter keeps the reproduce stage's field names. Pure.
 */
import { readGoBuildInfo, type GoModule } from '../gobin/buildinfo.js';
import { goUnquote } from '../gobin/goquote.js';

/** Go writes build settings with strconv.Quote when they hold spaces or quotes; anything else is returned as is. */
export function unquoteGo(text: string): string {
  if (!text.startsWith('"') && !text.startsWith('`')) return text;
  return goUnquote(text) ?? text;
}

export interface BuildInfoLines {
  readonly goVersion: string;
  /** `KEY=VALUE` of every `build` line, plus `path`, `mod` and each `dep` (`dep PATH`). */
  readonly fields: ReadonlyMap<string, string>;
}

const mod = (m: GoModule): string => {
  const own = [m.path, m.version, m.sum].filter((x) => x).join(' ');
  return m.replace ? `${own} => ${mod(m.replace)}` : own;
};
const depValue = (m: GoModule): string => mod({ ...m, path: '' });

export function readBuildInfo(bytes: Uint8Array): BuildInfoLines | undefined {
  const info = readGoBuildInfo(bytes);
  if (!info) return undefined;
  const fields = new Map<string, string>();
  if (info.path !== undefined) fields.set('path', info.path);
  if (info.main) fields.set('mod', mod(info.main));
  for (const d of info.deps) fields.set(`dep ${d.path}`, depValue(d));
  for (const s of info.settings) fields.set(s.key, s.value);
  return { goVersion: info.goVersion, fields };
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
