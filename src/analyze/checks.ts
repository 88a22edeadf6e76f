/**
 * The image checks (the I entries of the catalogue): pure functions over one analysed platform image. Each
 * issue says where it belongs in Dockerfile terms (`at`), and the analyze stage maps that to a line, so the
 * same checks serve images that came with a Dockerfile and images fetched from a registry.
 */
import type { CatalogueCode } from '../core/catalogue.js';
import type { Severity } from '../core/finding.js';
import { buildSetting, type GoBinary } from '../gobin/index.js';
import type { FsEntry } from '../image/filesystem.js';
import { lookupCommand, type ImageTree } from '../image/resolve.js';
import type { ImageConfig } from '../image/manifest.js';
import type { AnalysedImage } from './image.js';

/** Where an issue belongs: an instruction of the final stage, the COPY that brought a file, an ENV name. */
export type IssueAnchor =
  | { readonly kind: 'entrypoint' | 'cmd' | 'user' | 'healthcheck' | 'from' | 'image' }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'env'; readonly name: string };

export interface ImageIssue {
  readonly code: CatalogueCode;
  readonly severity: Severity;
  readonly message: string;
  readonly fix?: string;
  readonly at: IssueAnchor;
}

/** OCI platform architectures are GOARCH names; these are the ones an ELF machine maps to. */
const KNOWN_ARCHES = new Set([
  'amd64',
  'arm64',
  'arm',
  '386',
  'ppc64le',
  's390x',
  'riscv64',
  'mips64le',
  'loong64',
]);

/** The process the image starts: ENTRYPOINT followed by CMD, or CMD alone. Pure. */
export function processArgs(config: ImageConfig): { argv: string[]; from: 'entrypoint' | 'cmd' } {
  const entrypoint = config.config?.Entrypoint ?? [];
  const cmd = config.config?.Cmd ?? [];
  return entrypoint.length > 0
    ? { argv: [...entrypoint, ...cmd], from: 'entrypoint' }
    : { argv: [...cmd], from: 'cmd' };
}

const SHELLS = new Set(['/bin/sh', '/bin/bash', '/bin/ash', 'sh', 'bash']);

export function isShellForm(argv: readonly string[]): boolean {
  return argv.length >= 2 && SHELLS.has(argv[0] ?? '') && argv[1] === '-c';
}

/** Commands every POSIX shell has built in: nothing to find in the image. */
const SHELL_BUILTINS = new Set([
  'echo',
  'test',
  'exit',
  'true',
  'false',
  'cd',
  'printf',
  'kill',
  'read',
  'set',
  'eval',
]);

/** The program the first word of a shell command line runs (after `exec` and assignments), builtins aside. Pure. */
export function firstCommandWord(script: string): string | undefined {
  const words = script.trim().split(/\s+/);
  for (const w of words) {
    if (w === 'exec' || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) continue;
    return /^[\w./-]+$/.test(w) && !SHELL_BUILTINS.has(w) ? w : undefined;
  }
  return undefined;
}

const env = (img: AnalysedImage) => img.manifest.config.config?.Env ?? [];
const envValue = (img: AnalysedImage, name: string) =>
  env(img)
    .find((e) => e.startsWith(`${name}=`))
    ?.slice(name.length + 1);

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/** Go binaries of the toolchain itself (cmd/go, cmd/compile...): GC103, not the program's own problems. */
function isToolchainBinary(b: GoBinary, p: string): boolean {
  return (b.buildInfo?.path ?? '').startsWith('cmd/') || /\/go\/(bin|pkg\/tool)\//.test(p);
}

export interface ProgramFile {
  readonly path: string;
  readonly entry: FsEntry<GoBinary>;
  readonly binary?: GoBinary;
}

/**
 * The programs of the image: inspected ELF files with an executable bit, outside a Go toolchain tree (whose
 * test data holds ELF files of every architecture) and not the toolchain's own commands.
 */
export function programs(img: AnalysedImage): ProgramFile[] {
  const out: ProgramFile[] = [];
  for (const [p, e] of img.fs.entries)
    if (e.inspected && (e.mode & 0o111) !== 0 && !GOROOT_DIRS.test(p) && !isToolchainBinary(e.inspected, p))
      out.push({ path: p, entry: e, binary: e.inspected });
  return out;
}

// ---------------------------------------------------------------------------------------------- process

function checkProcess(img: AnalysedImage): ImageIssue[] {
  const { argv, from } = processArgs(img.manifest.config);
  const out: ImageIssue[] = [];
  const workingDir = img.manifest.config.config?.WorkingDir || '/';
  if (argv.length === 0) {
    out.push({
      code: 'GC108',
      // A base or builder image has no command of its own; a service image without one cannot start.
      severity: 'warning',
      message:
        'the image has neither ENTRYPOINT nor CMD: `docker run` without a command fails with "no command specified"',
      at: { kind: 'from' },
    });
    return out;
  }
  if (isShellForm(argv)) {
    const shell = lookupCommand(img.tree, argv[0] as string, env(img), workingDir);
    if (!shell.found || !shell.executable)
      out.push({
        code: 'GC101',
        severity: 'error',
        message: `the ${from.toUpperCase()} is in shell form (${argv[0]} -c …) and the image has no ${argv[0]}: the container cannot start`,
        at: { kind: from },
      });
    else
      out.push({
        code: 'GC101',
        severity: 'warning',
        message: `the ${from.toUpperCase()} is in shell form: PID 1 is ${argv[0]}, so SIGTERM never reaches the program`,
        at: { kind: from },
      });
    return out;
  }
  const program = argv[0] as string;
  const found = lookupCommand(img.tree, program, env(img), workingDir);
  if (!found.found) {
    out.push({
      code: 'GC108',
      severity: 'error',
      message: `the ${from.toUpperCase()} program ${program} does not exist in the image (looked for ${found.tried.slice(0, 6).join(', ') || program}${program.includes('/') ? '' : ' along PATH'})`,
      at: { kind: from },
    });
  } else if (!found.executable) {
    out.push({
      code: 'GC108',
      severity: 'error',
      message: `the ${from.toUpperCase()} program ${found.path} is not executable (mode ${(found.entry?.mode ?? 0).toString(8)}): the runtime says permission denied`,
      fix: 'Build the binary with its executable bit, or `COPY --chmod=0755`.',
      at: { kind: from },
    });
  }
  return out;
}

function checkHealthcheck(img: AnalysedImage): ImageIssue[] {
  const test = img.manifest.config.config?.Healthcheck?.Test ?? [];
  const [kind, ...rest] = test;
  const workingDir = img.manifest.config.config?.WorkingDir || '/';
  const missing = (what: string, tried: string) => ({
    code: 'GC111' as const,
    severity: 'error' as const,
    message: `the HEALTHCHECK runs ${what}, which the image does not contain (${tried}): the container never becomes healthy`,
    at: { kind: 'healthcheck' as const },
  });
  if (kind === 'CMD-SHELL') {
    const sh = lookupCommand(img.tree, '/bin/sh', env(img), workingDir);
    if (!sh.found) return [missing('/bin/sh -c', 'no /bin/sh')];
    const word = firstCommandWord(rest.join(' '));
    if (!word) return [];
    const tool = lookupCommand(img.tree, word, env(img), workingDir);
    return tool.found ? [] : [missing(word, `looked along PATH`)];
  }
  if (kind === 'CMD' && rest[0]) {
    const tool = lookupCommand(img.tree, rest[0], env(img), workingDir);
    return tool.found ? [] : [missing(rest[0], tool.tried.slice(0, 4).join(', ') || 'not found')];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------- user

/** passwd entries: name -> uid. Pure. */
export function parsePasswd(text: string): Map<string, number> {
  const users = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [name, , uid] = line.split(':');
    if (name && uid !== undefined && /^\d+$/.test(uid)) users.set(name, Number(uid));
  }
  return users;
}

function checkUser(img: AnalysedImage): ImageIssue[] {
  const user = (img.manifest.config.config?.User ?? '').trim();
  const name = user.split(':')[0] ?? '';
  const root = {
    code: 'GC109' as const,
    severity: 'warning' as const,
    at: { kind: 'user' as const },
  };
  if (name === '' || name === 'root' || name === '0')
    return [
      {
        ...root,
        message:
          user === '' ? 'the image has no USER: the program runs as root' : `the image runs as ${user}: root`,
      },
    ];
  if (/^\d+$/.test(name)) return [];
  const passwd = img.tree.file('/etc/passwd')?.content?.toString('utf8');
  const uid = passwd !== undefined ? parsePasswd(passwd).get(name) : undefined;
  if (uid === undefined)
    return [
      {
        code: 'GC109',
        severity: 'error',
        message: `the image runs as user ${name}, which ${passwd === undefined ? 'cannot be looked up: the image has no /etc/passwd' : 'is not in /etc/passwd'}: the container fails to start ("unable to find user")`,
        fix: 'Use a numeric USER (65532:65532), or add the user to /etc/passwd in the final stage.',
        at: root.at,
      },
    ];
  if (uid === 0) return [{ ...root, message: `the image runs as ${name}, whose uid is 0: root` }];
  return [];
}

// ---------------------------------------------------------------------------------------------- binaries

const GLIBC_LOADER = /\/ld-linux[^/]*\.so\.\d+$|\/ld64\.so\.\d+$|\/ld\.so\.\d+$/;
const MUSL_LOADER = /\/ld-musl-[^/]+\.so\.1$/;

function loadersIn(tree: ImageTree<GoBinary>): { glibc: string[]; musl: string[] } {
  const glibc: string[] = [];
  const musl: string[] = [];
  for (const dir of ['/lib', '/lib64', '/usr/lib', '/usr/lib64'])
    for (const e of tree.under(dir)) {
      if (MUSL_LOADER.test(e.path)) musl.push(e.path);
      else if (GLIBC_LOADER.test(e.path)) glibc.push(e.path);
    }
  return { glibc, musl };
}

const TRIPLETS: Readonly<Record<string, string>> = {
  amd64: 'x86_64-linux-gnu',
  arm64: 'aarch64-linux-gnu',
  arm: 'arm-linux-gnueabihf',
  '386': 'i386-linux-gnu',
  ppc64le: 'powerpc64le-linux-gnu',
  s390x: 's390x-linux-gnu',
  riscv64: 'riscv64-linux-gnu',
};

/** Directories the dynamic loaders search, from the standard places and the image's own loader config. */
function librarySearchPath(img: AnalysedImage, goarch: string | undefined): string[] {
  const dirs = ['/lib', '/usr/lib', '/lib64', '/usr/lib64', '/usr/local/lib'];
  const triplet = goarch ? TRIPLETS[goarch] : undefined;
  if (triplet) dirs.push(`/lib/${triplet}`, `/usr/lib/${triplet}`);
  for (const e of img.fs.entries.values()) {
    if (!e.content) continue;
    if (
      e.path === '/etc/ld.so.conf' ||
      e.path.startsWith('/etc/ld.so.conf.d/') ||
      /^\/etc\/ld-musl-/.test(e.path)
    )
      for (const line of e.content.toString('utf8').split(/[\n:]/)) {
        const d = line.trim();
        if (d.startsWith('/')) dirs.push(d);
      }
  }
  const ldPath = envValue(img, 'LD_LIBRARY_PATH');
  if (ldPath) dirs.push(...ldPath.split(':').filter((d) => d.startsWith('/')));
  return [...new Set(dirs)];
}

function checkLinking(img: AnalysedImage, prog: ProgramFile): ImageIssue[] {
  const elf = prog.binary?.elf;
  if (!elf?.interpreter) return [];
  const at = { kind: 'file' as const, path: prog.path };
  const interp = img.tree.resolve(elf.interpreter);
  const loaders = loadersIn(img.tree);
  const info = prog.binary?.buildInfo;
  const why = info && buildSetting(info, 'CGO_ENABLED') === '1' ? ' (built with CGO_ENABLED=1)' : '';
  if (!interp.ok) {
    const wantsMusl = MUSL_LOADER.test(elf.interpreter);
    const other = wantsMusl ? loaders.glibc : loaders.musl;
    if (other.length > 0)
      return [
        {
          code: 'GC202',
          severity: 'error',
          message: `${prog.path} is linked against ${wantsMusl ? 'musl' : 'glibc'}${why} (interpreter ${elf.interpreter}), but the image has ${wantsMusl ? 'glibc' : 'musl'} (${other[0]}): exec fails with "no such file or directory"`,
          at,
        },
      ];
    return [
      {
        code: 'GC201',
        severity: 'error',
        message: `${prog.path} is dynamically linked${why} and needs ${elf.interpreter}, which the image does not have: exec fails with "no such file or directory"`,
        at,
      },
    ];
  }
  const search = librarySearchPath(img, elf.goarch);
  const missing = elf.needed.filter((lib) => !search.some((d) => img.tree.resolve(`${d}/${lib}`).ok));
  if (missing.length === 0) return [];
  return [
    {
      code: 'GC201',
      severity: 'error',
      message: `${prog.path} needs ${missing.join(', ')}, which the image does not have (searched ${search.slice(0, 6).join(', ')}…): it fails to start`,
      at,
    },
  ];
}

function platformParts(platform: string): { os: string; arch: string; variant?: string } {
  const [os = '', arch = '', variant] = platform.split('/');
  return { os, arch, ...(variant ? { variant } : {}) };
}

function checkArchitecture(img: AnalysedImage, prog: ProgramFile, isEntrypoint: boolean): ImageIssue[] {
  const elf = prog.binary?.elf;
  if (!elf) return [];
  const { os, arch, variant } = platformParts(img.manifest.platform);
  const at = { kind: 'file' as const, path: prog.path };
  const out: ImageIssue[] = [];
  if (KNOWN_ARCHES.has(arch) && elf.goarch && elf.goarch !== arch)
    out.push({
      code: 'GC203',
      severity: isEntrypoint ? 'error' : 'warning',
      message: `${prog.path} is a ${elf.goarch} program in a ${img.manifest.platform} image: ${isEntrypoint ? 'the container fails with "exec format error"' : 'it cannot run here'}`,
      at,
    });
  const info = prog.binary?.buildInfo;
  const goos = info ? buildSetting(info, 'GOOS') : undefined;
  if (goos && os && goos !== os)
    out.push({
      code: 'GC203',
      severity: 'error',
      message: `${prog.path} was built for GOOS=${goos} but the image is ${img.manifest.platform}`,
      at,
    });
  const goarm = info ? buildSetting(info, 'GOARM') : undefined;
  if (arch === 'arm' && variant && goarm) {
    const v = Number(variant.replace(/^v/, ''));
    const g = Number(goarm.split(',')[0]);
    if (g > v)
      out.push({
        code: 'GC203',
        severity: 'error',
        message: `${prog.path} was built with GOARM=${goarm} but the image is ${img.manifest.platform}: it uses instructions an ARMv${v} CPU lacks`,
        at,
      });
  }
  return out;
}

/** `-X name=value` pairs in an -ldflags string. Pure. */
export function ldflagsStamps(ldflags: string): { name: string; value: string }[] {
  const words = ldflags.match(/'[^']*'|"[^"]*"|\S+/g) ?? [];
  const unq = (w: string) => w.replace(/^['"]|['"]$/g, '');
  const out: { name: string; value: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = unq(words[i] as string);
    let pair: string | undefined;
    if (w === '-X' || w === '--X') pair = words[i + 1] !== undefined ? unq(words[++i] as string) : undefined;
    else if (/^--?X=/.test(w)) pair = w.replace(/^--?X=/, '');
    const eq = pair?.indexOf('=') ?? -1;
    if (pair && eq > 0) out.push({ name: pair.slice(0, eq), value: pair.slice(eq + 1) });
  }
  return out;
}

const CLOCK_VALUE =
  /^((19|20)\d\d-\d\d-\d\d([T _]\d\d:\d\d(:\d\d)?)?|\d{10}|[A-Z][a-z]{2} [A-Z][a-z]{2} +\d+ \d\d:\d\d:\d\d)/;

/** The findings the build info (and, under -trimpath, the symbol table) of one program shows. */
export function checkBuildSettings(prog: ProgramFile): ImageIssue[] {
  const b = prog.binary;
  const info = b?.buildInfo;
  if (!b || !info) return [];
  const at = { kind: 'file' as const, path: prog.path };
  const out: ImageIssue[] = [];
  const setting = (k: string) => buildSetting(info, k);
  if (setting('-trimpath') !== 'true')
    out.push({
      code: 'GC206',
      severity: 'warning',
      message: `${prog.path} was built without -trimpath: the build's absolute paths are embedded (they show in panics and stack traces) and its bytes depend on the directory layout of the build`,
      at,
    });
  const ldflags = setting('-ldflags') ?? '';
  const cgo = setting('CGO_ENABLED');
  if (/-extldflags/.test(ldflags) && /-static/.test(ldflags)) {
    if (cgo === '0')
      out.push({
        code: 'GC207',
        severity: 'info',
        message: `${prog.path}: -extldflags -static does nothing with CGO_ENABLED=0 (the external linker is not used; the binary is static anyway)`,
        at,
      });
    else if (b.elf.interpreter)
      out.push({
        code: 'GC207',
        severity: 'warning',
        message: `${prog.path} asks for -extldflags -static but is still dynamically linked (interpreter ${b.elf.interpreter})`,
        fix: 'Link with `-linkmode external -extldflags "-static"` and a static libc (musl), or build with CGO_ENABLED=0.',
        at,
      });
  }
  if (!b.stripped || b.elf.debugSectionsBytes > 0) {
    const bytes = b.elf.symtabBytes + b.elf.debugSectionsBytes;
    out.push({
      code: 'GC208',
      severity: 'info',
      message: `${prog.path} keeps ${[!b.stripped ? 'its symbol table' : '', b.elf.debugSectionsBytes > 0 ? 'DWARF debug info' : ''].filter(Boolean).join(' and ')} (${mib(bytes)} of ${mib(prog.entry.size)})`,
      at,
    });
  }
  const vcsTime = setting('vcs.time');
  // -trimpath leaves -ldflags out of the build info: read the stamp variables from the symbol table instead.
  const hidden = setting('-trimpath') === 'true' && setting('-ldflags') === undefined;
  const stamps = hidden ? (b.stampVars ?? []) : ldflagsStamps(ldflags);
  for (const { name, value } of stamps)
    if (CLOCK_VALUE.test(value) && value !== vcsTime)
      out.push({
        code: 'GC209',
        severity: 'warning',
        message: `${prog.path} has ${name} stamped with ${JSON.stringify(value)}, which looks like the build time${hidden ? ' (read from its symbol table: -trimpath keeps -ldflags out of the build info)' : ''}: every build differs`,
        at,
      });
  // A -trimpath binary without a symbol table (-s) cannot be read for stamps here: no finding on what is the
  // recommended build (the summary shows it as trimpath and stripped); the reproduce stage's rebuild shows
  // whether it differs.
  if (setting('vcs.modified') === 'true')
    out.push({
      code: 'GC311',
      severity: 'warning',
      message: `${prog.path} was built from a modified work tree (vcs.modified=true${setting('vcs.revision') ? ` at ${setting('vcs.revision')?.slice(0, 12)}` : ''}): the binary is not the commit`,
      at,
    });
  return out;
}

// ---------------------------------------------------------------------------------------------- contents

const CA_FILES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/ca-bundle.pem',
  '/etc/pki/tls/cacert.pem',
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
  '/etc/ssl/cert.pem',
];
const CA_DIRS = ['/etc/ssl/certs', '/etc/pki/tls/certs'];

function hasCaCertificates(img: AnalysedImage): boolean {
  const file = envValue(img, 'SSL_CERT_FILE');
  if (file && img.tree.file(file)) return true;
  if (CA_FILES.some((f) => img.tree.file(f))) return true;
  const dirs = [...(envValue(img, 'SSL_CERT_DIR')?.split(':') ?? []), ...CA_DIRS];
  for (const d of dirs) {
    const r = img.tree.resolve(d);
    if (!r.ok) continue;
    for (const e of img.tree.under(r.path)) if (e.type !== 'directory') return true;
  }
  return false;
}

function hasZoneinfo(img: AnalysedImage): boolean {
  const zoneinfo = envValue(img, 'ZONEINFO');
  if (zoneinfo && img.tree.exists(zoneinfo)) return true;
  if (img.tree.file('/usr/local/go/lib/time/zoneinfo.zip')) return true;
  const r = img.tree.resolve('/usr/share/zoneinfo');
  if (!r.ok) return false;
  for (const e of img.tree.under(r.path)) if (e.type !== 'directory') return true;
  return false;
}

function checkRuntimeData(img: AnalysedImage, progs: readonly ProgramFile[]): ImageIssue[] {
  const out: ImageIssue[] = [];
  const tls = progs.filter((p) => p.binary?.traits?.usesTls);
  if (tls.length > 0 && !hasCaCertificates(img))
    out.push({
      code: 'GC404',
      severity: 'warning',
      message: `${tls.map((p) => p.path).join(', ')} ${tls.length > 1 ? 'use' : 'uses'} TLS and the image has no CA certificates (${CA_FILES[0]} or ${CA_DIRS[0]}): HTTPS calls fail with "x509: certificate signed by unknown authority"`,
      at: { kind: 'file', path: tls[0]?.path as string },
    });
  const tz = progs.filter((p) => p.binary?.traits?.loadsTimeZones && !p.binary.traits.embedsTzdata);
  if (tz.length > 0 && !hasZoneinfo(img))
    out.push({
      code: 'GC405',
      severity: 'warning',
      message: `${tz.map((p) => p.path).join(', ')} ${tz.length > 1 ? 'load' : 'loads'} time zones (time.LoadLocation) without embedding time/tzdata, and the image has no /usr/share/zoneinfo: LoadLocation fails with "unknown time zone"`,
      at: { kind: 'file', path: tz[0]?.path as string },
    });
  return out;
}

const GOROOT_DIRS = /^\/usr\/local\/go\/|^\/usr\/lib\/go[^/]*\/|^\/usr\/share\/go[^/]*\/|^\/go\/pkg\/mod\//;

interface LeakKind {
  readonly what: string;
  /** The path to report for this entry (a .git directory for anything in it), or undefined. */
  readonly match: (e: FsEntry<GoBinary>) => string | undefined;
}

const when = (ok: boolean, p: string) => (ok ? p : undefined);

const LEAKS: readonly LeakKind[] = [
  { what: 'Go sources', match: (e) => when(e.type === 'file' && e.path.endsWith('.go'), e.path) },
  { what: 'go.mod/go.sum', match: (e) => when(/\/go\.(mod|sum|work)$/.test(e.path), e.path) },
  { what: 'Git metadata', match: (e) => /^(.*\/\.git)(\/|$)/.exec(e.path)?.[1] },
  { what: '.env files', match: (e) => when(e.type === 'file' && /\/\.env(\.[^/]*)?$/.test(e.path), e.path) },
  {
    what: 'private keys',
    match: (e) =>
      when(
        e.content !== undefined &&
          /-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----/.test(e.content.toString('latin1')),
        e.path,
      ),
  },
  {
    what: 'credential files',
    match: (e) =>
      when(e.type === 'file' && /\/(\.netrc|\.git-credentials|\.npmrc|\.pypirc)$/.test(e.path), e.path),
  },
];

function checkLeaks(img: AnalysedImage): ImageIssue[] {
  const found = new Map<string, Set<string>>();
  for (const e of img.fs.entries.values()) {
    if (GOROOT_DIRS.test(e.path)) continue;
    for (const kind of LEAKS) {
      const p = kind.match(e);
      if (p === undefined) continue;
      const set = found.get(kind.what) ?? new Set<string>();
      set.add(p);
      found.set(kind.what, set);
    }
  }
  return [...found]
    .map(([what, set]) => [what, [...set].sort()] as const)
    .map(([what, paths]) => ({
      code: 'GC406',
      severity: what === 'private keys' || what === 'credential files' ? 'error' : 'warning',
      message: `the image contains ${what}: ${paths.slice(0, 5).join(', ')}${paths.length > 5 ? ` and ${paths.length - 5} more` : ''}`,
      at: { kind: 'file', path: paths[0] as string },
    }));
}

function checkToolchain(img: AnalysedImage): ImageIssue[] {
  let goTool: string | undefined;
  for (const [p, e] of img.fs.entries)
    if (e.inspected?.buildInfo?.path === 'cmd/go' || (p.endsWith('/bin/go') && e.inspected?.buildInfo)) {
      goTool = p;
      break;
    }
  if (!goTool) return [];
  const root = goTool.replace(/\/bin\/go$/, '');
  let bytes = 0;
  for (const e of img.tree.under(root)) bytes += e.size;
  return [
    {
      code: 'GC103',
      severity: 'warning',
      message: `the image contains the Go toolchain (${goTool}; ${mib(bytes)} under ${root}): it ships a compiler the program does not need`,
      at: { kind: 'from' },
    },
  ];
}

// ---------------------------------------------------------------------------------------------- secrets

const SECRET_NAME =
  /(^|_)(TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SECRET_?KEY|CREDENTIALS?|AUTH)(_|$)/i;
const SECRET_VALUE = /^(ghp_|gho_|ghs_|github_pat_|glpat-|xox[bap]-|AKIA[0-9A-Z]{16}|sk_live_)/;

/** Whether NAME=value looks like a secret (name pattern or a known token prefix), files and empties aside. Pure. */
export function looksSecret(name: string, value: string): boolean {
  if (value === '' || /_(FILE|PATH|DIR|URL)$/i.test(name)) return false;
  return SECRET_NAME.test(name) || SECRET_VALUE.test(value);
}

/** Build args recorded in a history line: BuildKit writes `RUN |2 A=x B=y /bin/sh -c ...`. Pure. */
export function historyBuildArgs(createdBy: string): { name: string; value: string }[] {
  const m = /^RUN \|(\d+) /.exec(createdBy);
  if (!m) return [];
  const count = Number(m[1]);
  const out: { name: string; value: string }[] = [];
  let rest = createdBy.slice(m[0].length);
  for (let i = 0; i < count && i < 100; i++) {
    const a = /^([A-Za-z_][A-Za-z0-9_]*)=(\S*)\s*/.exec(rest);
    if (!a) break;
    out.push({ name: a[1] as string, value: a[2] as string });
    rest = rest.slice(a[0].length);
  }
  return out;
}

function checkSecrets(img: AnalysedImage): ImageIssue[] {
  const out: ImageIssue[] = [];
  for (const e of env(img)) {
    const eq = e.indexOf('=');
    const name = eq > 0 ? e.slice(0, eq) : e;
    if (looksSecret(name, eq > 0 ? e.slice(eq + 1) : ''))
      out.push({
        code: 'GC403',
        severity: 'error',
        message: `the image's environment sets ${name}, which looks like a secret: anyone who can pull the image can read it (docker inspect)`,
        at: { kind: 'env', name },
      });
  }
  const seen = new Set<string>();
  for (const h of img.manifest.config.history ?? [])
    for (const { name, value } of historyBuildArgs(h.created_by ?? ''))
      if (looksSecret(name, value) && !seen.has(name)) {
        seen.add(name);
        out.push({
          code: 'GC403',
          severity: 'error',
          message: `the image history records the build arg ${name} with its value: anyone who can pull the image can read it (docker history)`,
          fix: 'Pass it as a build secret (`RUN --mount=type=secret,id=...`; the action input `secrets`) instead of a build arg.',
          at: { kind: 'env', name },
        });
      }
  return out;
}

// ---------------------------------------------------------------------------------------------- all

/** The program the image starts, when it is an inspected ELF file. */
export function entrypointProgram(img: AnalysedImage): ProgramFile | undefined {
  const { argv } = processArgs(img.manifest.config);
  if (argv.length === 0 || isShellForm(argv)) return undefined;
  const found = lookupCommand(
    img.tree,
    argv[0] as string,
    env(img),
    img.manifest.config.config?.WorkingDir || '/',
  );
  if (!found.found || !found.entry || !found.path) return undefined;
  return {
    path: found.path,
    entry: found.entry,
    ...(found.entry.inspected ? { binary: found.entry.inspected } : {}),
  };
}

/** Every check on one platform image. Pure. */
export function checkImage(img: AnalysedImage): ImageIssue[] {
  const progs = programs(img);
  const entry = entrypointProgram(img);
  const all = entry && !progs.some((p) => p.path === entry.path) ? [entry, ...progs] : progs;
  const out: ImageIssue[] = [
    ...checkProcess(img),
    ...checkHealthcheck(img),
    ...checkUser(img),
    ...checkToolchain(img),
    ...checkSecrets(img),
    ...checkRuntimeData(img, all),
    ...checkLeaks(img),
  ];
  for (const p of all) {
    out.push(...checkLinking(img, p), ...checkArchitecture(img, p, p.path === entry?.path));
    out.push(...checkBuildSettings(p));
  }
  return out;
}
