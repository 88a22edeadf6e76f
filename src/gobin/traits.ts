/**
 * What a Go binary will need at run time, guessed from the function names it contains.
 *
 * Where the names come from: the function name table in `.gopclntab` (Go keeps it for stack traces and
 * runtime.FuncForPC, so it survives `-ldflags="-s -w"` and external linking). Each name there is NUL-terminated
 * and follows the previous one, so we match `\0NAME\0`. Without a section table (a section-stripped or
 * non-ELF input) the whole file is searched the same way, which can also match .dynstr/.strtab (still real
 * symbol names) but, very rarely, a NUL-delimited string constant.
 *
 * Limits common to all: a name is present when the linker kept the function, i.e. it is reachable from main
 * (or from an init), not necessarily called on every run. Inlined functions keep their names in the inline
 * tree, so inlining does not hide them. Obfuscators (garble) rename functions: then every trait reads false.
 */
import { indexOf } from './bytes.js';
import { SHT_NOBITS, parseElf, type ElfInfo } from './elf.js';

export interface GoTraits {
  /** crypto/tls client or server handshakes are linked (so the image needs CA certificates for clients). */
  usesTls: boolean;
  /** time.LoadLocation is linked (so the image needs /usr/share/zoneinfo, or time/tzdata). */
  loadsTimeZones: boolean;
  /** time/tzdata (or -tags timetzdata) embeds the zone database in the binary. */
  embedsTzdata: boolean;
  /** runtime/cgo is linked: the binary calls C (and, unless linked statically, needs a libc and its loader). */
  usesCgo: boolean;
  /** net's cgo DNS resolver (getaddrinfo through libc: needs /etc/nsswitch.conf semantics and libc's NSS). */
  usesNetCgoResolver?: boolean;
}

/**
 * The heuristics, one list of function names each; a trait is true when any of its names is present.
 * - usesTls: `(*Conn).Handshake*` are the entry points of every TLS connection (net/http's client and server
 *   call them). Limit: net/http links them even when the program only speaks plain HTTP.
 * - loadsTimeZones: the exported time.LoadLocation (time.initLocal reads /etc/localtime or $TZ without it, which
 *   this does not flag; time.LoadLocationFromTZData alone does not read files and is not flagged either).
 * - embedsTzdata: time/tzdata's loader, registered by its init.
 * - usesCgo: runtime/cgo's assembly and C entry points (crosscall2, _cgo_topofstack, ...), which exist only when
 *   runtime/cgo is linked. The runtime's own cgocall stubs and its `_cgo_init` variable are in every binary
 *   (the latter in .symtab) and are not used.
 * - usesNetCgoResolver: net's cgo stubs for getaddrinfo (absent with the netgo tag or CGO_ENABLED=0, where
 *   net.cgoLookup* are pure-Go stubs, so those names are not used).
 */
const NAMES = {
  usesTls: [
    'crypto/tls.(*Conn).Handshake',
    'crypto/tls.(*Conn).HandshakeContext',
    'crypto/tls.(*Conn).handshakeContext',
  ],
  loadsTimeZones: ['time.LoadLocation'],
  embedsTzdata: ['time/tzdata.loadFromEmbeddedTZData', 'time/tzdata.init.0', 'time/tzdata.init'],
  usesCgo: ['crosscall2', '_cgo_topofstack', '_cgo_sys_thread_start', 'x_cgo_init'],
  usesNetCgoResolver: ['net._C2func_getaddrinfo', 'net._Cfunc_getaddrinfo'],
} as const;

/**
 * Which of `names` occur in `hay` as whole NUL-delimited strings (`\0NAME\0`, or NAME\0 at the start), by
 * the native Buffer search (a JS byte loop is slower on a 2 MB table).
 */
function namesIn(hay: Uint8Array, names: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const name of names) {
    const needle = Uint8Array.from(Buffer.from(name + '\0', 'utf8'));
    for (let at = indexOf(hay, needle, 0); at >= 0; at = indexOf(hay, needle, at + 1)) {
      if (at === 0 || hay[at - 1] === 0) {
        found.add(name);
        break;
      }
    }
  }
  return found;
}

/** The function-name table to search: `.gopclntab` (any section whose name ends so), else the whole file. */
function nameTable(bytes: Uint8Array, elf: ElfInfo | undefined): Uint8Array {
  const sec = elf?.sections.find((s) => s.name.endsWith('.gopclntab') || s.name === '.gopclntab');
  if (sec && sec.type !== SHT_NOBITS && sec.offset < bytes.length && sec.size > 0) {
    return bytes.subarray(sec.offset, Math.min(bytes.length, sec.offset + sec.size));
  }
  return bytes;
}

export function goTraits(bytes: Uint8Array, elf?: ElfInfo): GoTraits {
  const e = elf ?? parseElf(bytes);
  const table = nameTable(bytes, e);
  const found = namesIn(table, Object.values(NAMES).flat());
  const any = (names: readonly string[]) => names.some((n) => found.has(n));
  // runtime/cgo's entry points are C functions: when .gopclntab lacks them, the ELF symbol tables may still name
  // them (.dynsym survives -s), so usesCgo also looks at the whole file when the table says no.
  const usesCgo = any(NAMES.usesCgo) || (table !== bytes && namesIn(bytes, NAMES.usesCgo).size > 0);
  return {
    usesTls: any(NAMES.usesTls),
    loadsTimeZones: any(NAMES.loadsTimeZones),
    embedsTzdata: any(NAMES.embedsTzdata),
    usesCgo,
    usesNetCgoResolver: any(NAMES.usesNetCgoResolver),
  };
}
