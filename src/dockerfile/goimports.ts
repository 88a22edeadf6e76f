/**
 * Go import scan of a build context: a pure parser of a Go file's package clause, build constraint and import
 * blocks, the closure of a main package over its local packages, and what the imports imply for a container
 * build (cgo and dynamic linking, TLS). Only import declarations are read; no code is compiled or run.
 */

export interface GoFileImports {
  readonly pkg: string;
  readonly imports: readonly string[];
  /** The `//go:build` expression, when there is one. */
  readonly constraint?: string;
}

/** One package directory of the context (relative, '' for the root) with the imports of its files. */
export interface GoPackage {
  readonly dir: string;
  readonly name: string;
  readonly imports: readonly string[];
}

export interface GoModule {
  /** Directory of go.mod, relative ('' for the root). */
  readonly dir: string;
  readonly path: string;
}

export interface GoImportScan {
  readonly modules: readonly GoModule[];
  readonly packages: readonly GoPackage[];
  /** The walk stopped at its limit: packages may be missing. */
  readonly truncated: boolean;
}

const KNOWN_OS = new Set(
  'aix android darwin dragonfly freebsd hurd illumos ios js linux netbsd openbsd plan9 solaris wasip1 windows zos'.split(
    ' ',
  ),
);
const KNOWN_ARCH = new Set(
  '386 amd64 arm arm64 loong64 mips mips64 mips64le mipsle ppc64 ppc64le riscv64 s390x wasm'.split(' '),
);

/** Strips comments and string contents we do not need, keeping the text's shape for the import scan. */
function stripComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      out += ' ';
      i = end < 0 ? text.length : end + 2;
    } else if (c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c && !(c === '"' && text[j] === '\n'))
        j += text[j] === '\\' && c === '"' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const IMPORT_SPEC = /^\s*(?:[A-Za-z_][A-Za-z0-9_]*|\.|_)?\s*(?:"((?:[^"\\\n]|\\.)*)"|`([^`]*)`)/;

/** Package name, imports and build constraint of one Go file; undefined when it has no package clause. */
export function parseGoImports(text: string): GoFileImports | undefined {
  const head = text.slice(0, 256 * 1024);
  let constraint: string | undefined;
  for (const line of head.split('\n')) {
    const l = line.trim();
    if (l.startsWith('//go:build ')) constraint = l.slice('//go:build '.length).trim();
    if (l.startsWith('package ')) break;
  }
  const code = stripComments(head);
  const pm = /(?:^|\n)\s*package\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(code);
  if (!pm) return undefined;
  const imports: string[] = [];
  let rest = code.slice(pm.index + pm[0].length);
  for (;;) {
    const im = /^\s*;?\s*import\b/.exec(rest);
    if (!im) break;
    rest = rest.slice(im[0].length);
    const open = /^\s*\(/.exec(rest);
    if (open) {
      rest = rest.slice(open[0].length);
      for (;;) {
        const spec = IMPORT_SPEC.exec(rest);
        if (!spec) break;
        imports.push(spec[1] ?? spec[2] ?? '');
        rest = rest.slice(spec[0].length).replace(/^[\s;]*/, '');
      }
      const close = /^\s*\)/.exec(rest);
      if (!close) break;
      rest = rest.slice(close[0].length);
    } else {
      const spec = IMPORT_SPEC.exec(rest);
      if (!spec) break;
      imports.push(spec[1] ?? spec[2] ?? '');
      rest = rest.slice(spec[0].length);
    }
  }
  return { pkg: pm[1] as string, imports, ...(constraint !== undefined ? { constraint } : {}) };
}

/**
 * Whether a build constraint holds for a linux target (any architecture, cgo possible, no custom tags):
 * `linux`, `unix`, architectures, `cgo` and `goN.M` are true; other systems, `ignore` and custom tags false.
 */
export function constraintForLinux(expr: string, tags: ReadonlySet<string> = new Set()): boolean {
  const toks = expr.match(/!|&&|\|\||\(|\)|[A-Za-z0-9_.]+/g) ?? [];
  let k = 0;
  const tagValue = (t: string): boolean =>
    t === 'linux' || t === 'unix' || t === 'cgo' || /^go1\.\d+$/.test(t) || KNOWN_ARCH.has(t) || tags.has(t);
  const primary = (): boolean => {
    const t = toks[k++];
    if (t === '!') return !primary();
    if (t === '(') {
      const v = or();
      k++; // ')'
      return v;
    }
    return t !== undefined && !KNOWN_OS.has(t) ? tagValue(t) : t === 'linux';
  };
  const and = (): boolean => {
    let v = primary();
    while (toks[k] === '&&') {
      k++;
      const r = primary();
      v = v && r;
    }
    return v;
  };
  const or = (): boolean => {
    let v = and();
    while (toks[k] === '||') {
      k++;
      const r = and();
      v = v || r;
    }
    return v;
  };
  if (toks.length === 0 || toks.length > 200) return true;
  return or();
}

/** Whether a file name's _GOOS/_GOARCH suffix excludes it from a linux build. */
export function excludedByName(file: string): boolean {
  const base = file.replace(/^.*\//, '').replace(/\.go$/, '');
  const parts = base.split('_');
  const last = parts[parts.length - 1] ?? '';
  const prev = parts.length > 2 ? (parts[parts.length - 2] ?? '') : '';
  if (parts.length > 1 && KNOWN_OS.has(last)) return last !== 'linux';
  if (parts.length > 2 && KNOWN_ARCH.has(last) && KNOWN_OS.has(prev)) return prev !== 'linux';
  return false;
}

/** Directory of a local import path, or undefined when it is not in one of the context's modules. */
function localDir(scan: GoImportScan, imp: string): string | undefined {
  let best: GoModule | undefined;
  for (const m of scan.modules) {
    if ((imp === m.path || imp.startsWith(`${m.path}/`)) && (!best || m.path.length > best.path.length))
      best = m;
  }
  if (!best) return undefined;
  const sub = imp.slice(best.path.length).replace(/^\//, '');
  return [best.dir, sub].filter((x) => x !== '').join('/');
}

/** Main packages of the context (their directories). */
function mainPackages(scan: GoImportScan): string[] {
  return scan.packages.filter((p) => p.name === 'main').map((p) => p.dir);
}

/**
 * The imports of a program outside the context's modules (standard library, module dependencies, "C"), through
 * its local packages; undefined when the directory is not a package of the scan.
 */
function programImports(scan: GoImportScan, mainDir: string): Set<string> | undefined {
  const byDir = new Map(scan.packages.map((p) => [p.dir, p]));
  if (!byDir.has(mainDir)) return undefined;
  const seen = new Set<string>();
  const out = new Set<string>();
  const todo = [mainDir];
  while (todo.length > 0) {
    const dir = todo.pop() as string;
    if (seen.has(dir)) continue;
    seen.add(dir);
    for (const imp of byDir.get(dir)?.imports ?? []) {
      const local = localDir(scan, imp);
      if (local !== undefined && byDir.has(local)) todo.push(local);
      else if (local === undefined) out.add(imp);
    }
  }
  return out;
}

/** Module paths whose packages use cgo (import "C") in a default build. */
export const CGO_MODULES: readonly string[] = [
  'github.com/mattn/go-sqlite3',
  'github.com/psanford/sqlite3vfs',
  'crawshaw.io/sqlite',
  'github.com/libgit2/git2go',
  'github.com/proglottis/gpgme',
  'github.com/seccomp/libseccomp-golang',
  'github.com/pebbe/zmq4',
  'github.com/zeromq/goczmq',
  'github.com/karalabe/hid',
  'github.com/ethereum/go-ethereum/crypto/secp256k1',
  'github.com/veandco/go-sdl2',
  'fyne.io/fyne',
  'github.com/go-vgo/robotgo',
  'github.com/confluentinc/confluent-kafka-go',
  'github.com/go-gl/',
  'github.com/gen2brain/',
  'github.com/google/gopacket/pcap',
  'github.com/miekg/pkcs11',
  'github.com/DataDog/zstd',
  'github.com/valyala/gozstd',
  'github.com/tecbot/gorocksdb',
  'github.com/linxGnu/grocksdb',
  'github.com/jgiannuzzi/go-sqlite3',
  'github.com/rubenv/sql-migrate/sqlite3',
  'github.com/libvips/',
  'github.com/h2non/bimg',
  'github.com/davidbyttow/govips',
  'gopkg.in/gographics/imagick',
  'github.com/ceph/go-ceph',
  'github.com/godror/godror',
  'github.com/mattn/go-oci8',
  'github.com/bytecodealliance/wasmtime-go',
  'github.com/wasmerio/wasmer-go',
  'github.com/chai2010/webp',
];

/** Standard-library packages that bring in package net (which uses the cgo DNS resolver unless netgo). */
const NET_USERS =
  /^(net|net\/http(\/.*)?|net\/rpc(\/.*)?|net\/smtp|net\/mail|net\/textproto|crypto\/tls|crypto\/x509|log\/syslog|expvar|mime\/multipart)$/;
/** Standard-library packages that link TLS clients. */
const TLS_USERS = /^(crypto\/tls|net\/http(\/httputil|\/httptest)?|net\/smtp|net\/rpc)$/;

function isStdlib(imp: string): boolean {
  const first = imp.split('/')[0] ?? '';
  return imp !== 'C' && !first.includes('.');
}

export interface CgoNeed {
  /** 'yes': the program uses cgo (so it links dynamically with cgo on); 'no': pure Go; 'maybe': unknown. */
  readonly verdict: 'yes' | 'no' | 'maybe';
  readonly why: string;
  /** C code of its own or of a module (not only the standard library's net/os/user): Go then links externally. */
  readonly cCode?: boolean;
}

/** Whether a program with these imports links C code when cgo is on, given the build tags. */
export function cgoNeed(imports: ReadonlySet<string>, tags: readonly string[] = []): CgoNeed {
  if (imports.has('C')) return { verdict: 'yes', why: 'a local package imports "C"', cCode: true };
  const mod = [...imports].find((i) =>
    CGO_MODULES.some((m) => i === m || i.startsWith(m.endsWith('/') ? m : `${m}/`)),
  );
  if (mod) return { verdict: 'yes', why: `it imports ${mod}, which uses cgo`, cCode: true };
  if (imports.has('plugin')) return { verdict: 'yes', why: 'it imports plugin' };
  if (imports.has('os/user') && !tags.includes('osusergo'))
    return { verdict: 'yes', why: 'it imports os/user, which uses the C library without -tags osusergo' };
  const net = [...imports].find((i) => NET_USERS.test(i));
  if (net && !tags.includes('netgo'))
    return { verdict: 'yes', why: `it imports ${net}: package net uses the C resolver without -tags netgo` };
  const modules = [...imports].filter((i) => !isStdlib(i));
  if (modules.length > 0)
    return {
      verdict: 'maybe',
      why: `it imports modules (${modules.slice(0, 2).join(', ')}${modules.length > 2 ? ', ...' : ''}) that may use package net or cgo`,
    };
  return { verdict: 'no', why: 'it imports only pure-Go standard packages' };
}

/** Whether a program with these imports can make TLS connections ('maybe' when modules could). */
export function tlsUse(imports: ReadonlySet<string>): 'yes' | 'no' | 'maybe' {
  if ([...imports].some((i) => TLS_USERS.test(i))) return 'yes';
  return [...imports].some((i) => !isStdlib(i)) ? 'maybe' : 'no';
}

export interface ProgramSelection {
  readonly imports: ReadonlySet<string>;
  /** The main packages the imports are of. */
  readonly mains: readonly string[];
  /** Whether the build's packages were resolved to these mains (false: the union of every main). */
  readonly exact: boolean;
}

/**
 * The imports of the program(s) a `go build`/`go install` makes: its package arguments (`.`, `./cmd/x`,
 * `./cmd/...`, an import path, `main.go`) resolved against `dir`, the build's directory relative to the context
 * (undefined: unknown). Falls back to the union of every main package (exact: false).
 */
export function selectProgram(
  scan: GoImportScan,
  packages: readonly string[],
  dir: string | undefined,
): ProgramSelection | undefined {
  const mains = mainPackages(scan);
  if (mains.length === 0) return undefined;
  const join = (a: string, b: string) =>
    [a, b]
      .filter((x) => x !== '' && x !== '.')
      .join('/')
      .replace(/\/\.$/, '');
  const wanted = new Set<string>();
  let resolved = dir !== undefined;
  for (const raw of packages.length > 0 ? packages : ['.']) {
    if (!resolved) break;
    const local = /^\.{0,2}\//.test(raw) || raw === '.' ? undefined : localDir(scan, raw.replace(/@.*$/, ''));
    let rel: string;
    if (local !== undefined) rel = local;
    else if (/^\.{1,2}(\/|$)/.test(raw) || raw.endsWith('.go')) {
      const p = raw.endsWith('.go') ? raw.replace(/\/?[^/]*$/, '') || '.' : raw;
      rel = join(dir ?? '', p.replace(/^\.\/?/, ''));
    } else {
      resolved = false;
      break;
    }
    if (rel.endsWith('...')) {
      const prefix = rel.replace(/\/?\.\.\.$/, '');
      for (const m of mains) if (prefix === '' || m === prefix || m.startsWith(`${prefix}/`)) wanted.add(m);
    } else if (mains.includes(rel)) wanted.add(rel);
    else resolved = false;
  }
  const chosen = resolved && wanted.size > 0 ? [...wanted] : mains;
  const imports = new Set<string>();
  for (const m of chosen) for (const i of programImports(scan, m) ?? []) imports.add(i);
  return { imports, mains: chosen, exact: resolved && wanted.size > 0 };
}
