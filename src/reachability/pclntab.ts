/**
 * The function names a Go binary's pclntab records: every compiled function and every inlined callee (the
 * inline trees name them for tracebacks). A stripped (`-s`) binary keeps its pclntab, so this is what says
 * whether a vulnerable symbol is in it when govulncheck, lacking the symbol table, cannot. Pure.
 */
import { parseElf } from '../gobin/elf.js';

const GO_116 = 0xfffffffa;
const GO_118 = 0xfffffff0;
const GO_120 = 0xfffffff1;

/** The names in the funcnametab of the ELF's .gopclntab, or undefined when there is none to read. */
export function pclntabNames(bytes: Uint8Array): Set<string> | undefined {
  const elf = parseElf(bytes);
  const sec = elf?.sections.find((s) => s.name === '.gopclntab' || s.name === '.data.rel.ro.gopclntab');
  if (!sec || sec.offset + sec.size > bytes.length || sec.size < 16) return undefined;
  const data = bytes.subarray(sec.offset, sec.offset + sec.size);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (const little of [true, false]) {
    const magic = view.getUint32(0, little);
    if (magic !== GO_116 && magic !== GO_118 && magic !== GO_120) continue;
    const ptr = data[7];
    if (ptr !== 4 && ptr !== 8) return undefined;
    const word = (i: number): number | undefined => {
      const at = 8 + i * ptr;
      if (at + ptr > data.length) return undefined;
      return ptr === 8 ? Number(view.getBigUint64(at, little)) : view.getUint32(at, little);
    };
    const first = magic === GO_116 ? 2 : 3;
    const from = word(first);
    const to = word(first + 1);
    if (from === undefined || to === undefined || from > to || to > data.length) return undefined;
    const names = new Set<string>();
    for (const name of Buffer.from(data.subarray(from, to)).toString('latin1').split('\0'))
      if (name) names.add(name);
    return names;
  }
  return undefined;
}

/** How the linker writes an import path in symbol names (cmd/internal/objabi.PathToPrefix). Pure. */
export function pathToPrefix(pkg: string): string {
  const slash = pkg.lastIndexOf('/');
  let out = '';
  for (let i = 0; i < pkg.length; i++) {
    const c = pkg.charCodeAt(i);
    out +=
      c <= 0x20 || (c === 0x2e && i > slash) || c === 0x25 || c === 0x22 || c >= 0x7f
        ? `%${c.toString(16).padStart(2, '0')}`
        : pkg[i];
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `symbol` (`Func` or `Type.Method`) of package `pkg` is among the names, generic or not. Pure. */
export function symbolPresent(names: ReadonlySet<string>, pkg: string, symbol: string): boolean {
  const prefix = escape(pathToPrefix(pkg));
  const [a, b] = symbol.split('.', 2);
  const re = b
    ? new RegExp(`^${prefix}\\.(\\(\\*)?${escape(a ?? '')}(\\[.*\\])?\\)?\\.${escape(b)}($|[.\\[])`)
    : new RegExp(`^${prefix}\\.${escape(a ?? '')}($|[.\\[])`);
  for (const n of names) if (re.test(n)) return true;
  return false;
}

/** Whether any function of package `pkg` is among the names. Pure. */
export function packagePresent(names: ReadonlySet<string>, pkg: string): boolean {
  const prefix = `${pathToPrefix(pkg)}.`;
  for (const n of names) if (n.startsWith(prefix)) return true;
  return false;
}
