/**
 * src/gobin: pure parsers over a Go binary's bytes (ELF headers, build info, run-time traits). Nothing here
 * throws or reads files; the image analyzer hands in the bytes.
 */
import { stringVars, type StringVar } from './stringvars.js';
import { readGoBuildInfo, type GoBuildInfo } from './buildinfo.js';
import { parseElf, type ElfInfo } from './elf.js';
import { goTraits, type GoTraits } from './traits.js';

export * from './buildinfo.js';
export * from './elf.js';
export * from './traits.js';
export { goQuote, goUnquote } from './goquote.js';
export { stringVars, type StringVar } from './stringvars.js';

export interface GoBinary {
  elf: ElfInfo;
  buildInfo?: GoBuildInfo;
  traits?: GoTraits;
  /** No PT_INTERP and no DT_NEEDED: starts on an empty (scratch) image. */
  static: boolean;
  /** No .symtab. */
  stripped: boolean;
  /**
   * Values of string variables named like build stamps (date, time, built, stamp), read from the symbol table
   * when the build info cannot show -ldflags (-trimpath leaves them out); undefined when not read.
   */
  stampVars?: StringVar[];
  /** sha256 (hex) of the file, set by the image reader for Go binaries. */
  sha256?: string;
}

/** The last name segment of a symbol looks like a build-time stamp. */
const STAMP_NAME = /\.[A-Za-z_]*(date|time|stamp|built)[A-Za-z_0-9]*$/i;

/** ELF facts, Go build info and traits of one file; undefined when it is not ELF. Traits only for Go binaries. */
export function inspectBinary(bytes: Uint8Array): GoBinary | undefined {
  const elf = parseElf(bytes);
  if (!elf) return undefined;
  const out: GoBinary = {
    elf,
    static: elf.interpreter === undefined && elf.needed.length === 0,
    stripped: !elf.hasSymtab,
  };
  const buildInfo = readGoBuildInfo(bytes, elf);
  if (buildInfo) {
    out.buildInfo = buildInfo;
    out.traits = goTraits(bytes, elf);
    const trimpath = buildInfo.settings.some((x) => x.key === '-trimpath' && x.value === 'true');
    const ldflags = buildInfo.settings.some((x) => x.key === '-ldflags');
    if (trimpath && !ldflags && elf.hasSymtab)
      out.stampVars = stringVars(bytes, elf, (n) => STAMP_NAME.test(n));
  }
  return out;
}
