/**
 * What the final image's file system is known to contain: the files COPY/ADD put there (with their mode
 * when --chmod says), directories WORKDIR and COPY create, packages installed, and whether anything else
 * can be known at all (scratch and distroless-like bases are nearly empty; other bases are not).
 */
import { posix } from 'node:path';
import { packageInstall, type Analysis } from '../analysis.js';
import { ancestors, type CopyStep, type Tok } from '../model.js';

export interface FinalFs {
  /** Files known to exist, by absolute path. */
  readonly files: ReadonlyMap<string, { copy: CopyStep; source: Tok; mode?: string }>;
  /** Directories whose content is unknown (a directory or glob was copied there). */
  readonly openDirs: readonly string[];
  /** Directories the Dockerfile creates (WORKDIR, COPY destinations). */
  readonly createdDirs: ReadonlySet<string>;
  /** Package names installed in the final image. */
  readonly packages: ReadonlySet<string>;
  /** A RUN in the final image can create files we cannot see. */
  readonly runs: readonly string[];
  /** The base's own content is known: only what is listed exists (scratch, distroless, static). */
  readonly closed: boolean;
}

/** Standard directories that exist in ordinary (non-minimal) Linux images. */
const STANDARD_DIRS = new Set([
  '/',
  '/bin',
  '/sbin',
  '/usr',
  '/usr/bin',
  '/usr/sbin',
  '/usr/local',
  '/usr/local/bin',
  '/usr/local/sbin',
  '/usr/lib',
  '/usr/share',
  '/lib',
  '/etc',
  '/opt',
  '/srv',
  '/var',
  '/tmp',
  '/root',
  '/home',
  '/run',
  '/mnt',
]);

function isDirLike(source: string): boolean {
  return (
    source === '.' ||
    source === './' ||
    source.endsWith('/') ||
    source.endsWith('/.') ||
    /[*?[$]/.test(source) ||
    source.startsWith('http://') ||
    source.startsWith('https://')
  );
}

const cache = new WeakMap<Analysis, FinalFs>();

export function finalFs(a: Analysis): FinalFs {
  const hit = cache.get(a);
  if (hit) return hit;
  const fs = computeFinalFs(a);
  cache.set(a, fs);
  return fs;
}

/** Directories known to exist in a stage (its WORKDIRs, COPY destinations, parents of go build outputs). */
function stageDirs(a: Analysis, index: number): Set<string> {
  const dirs = new Set<string>(['/']);
  const seen = new Set<number>();
  const stages = a.model.stages;
  for (const s of ancestors(stages, stages[index])) {
    seen.add(s.index);
    for (const st of s.steps) {
      if (st.keyword === 'WORKDIR') dirs.add(st.workdir);
      if ((st.keyword === 'COPY' || st.keyword === 'ADD') && st.destAbs?.endsWith('/'))
        dirs.add(st.destAbs.replace(/(.)\/$/, '$1'));
    }
  }
  for (const c of a.goCalls) {
    if (!seen.has(c.stage.index) || !c.output) continue;
    for (
      let d = c.outputIsDir ? c.output.replace(/(.)\/$/, '$1') : posix.dirname(c.output);
      d !== '/';
      d = posix.dirname(d)
    )
      dirs.add(d);
  }
  return dirs;
}

function computeFinalFs(a: Analysis): FinalFs {
  const files = new Map<string, { copy: CopyStep; source: Tok; mode?: string }>();
  const openDirs: string[] = [];
  const createdDirs = new Set<string>();
  const packages = new Set<string>();
  const runs: string[] = [];
  const base = a.model.target?.base;
  for (const step of a.finalSteps) {
    if (step.keyword === 'WORKDIR') {
      for (let d = step.workdir; d !== '/' && d !== '.'; d = posix.dirname(d)) createdDirs.add(d);
    } else if (step.keyword === 'RUN') {
      runs.push(step.scripts.map((s) => s.source.text).join('\n'));
      for (const script of step.scripts)
        for (const c of script.commands) {
          const pm = packageInstall(c);
          if (pm) for (const p of pm.packages) packages.add(p.value.replace(/[=<>~].*$/, ''));
        }
    } else if ((step.keyword === 'COPY' || step.keyword === 'ADD') && step.destAbs) {
      const destIsDir = step.destAbs.endsWith('/') || step.sources.length > 1;
      const dest = step.destAbs.replace(/(.)\/$/, '$1');
      const mode = step.chmod?.value;
      const fromDirs = step.fromStage !== undefined ? stageDirs(a, step.fromStage) : undefined;
      for (const src of step.sources) {
        const srcAbs = fromDirs ? posix.resolve('/', src.value) : '';
        if (
          isDirLike(src.value) ||
          fromDirs?.has(srcAbs) ||
          (step.keyword === 'ADD' && /\.(tar|tgz|tar\.\w+)$/.test(src.value))
        ) {
          openDirs.push(dest);
          createdDirs.add(dest);
          continue;
        }
        const existingDir = createdDirs.has(dest) || (!base?.minimal && STANDARD_DIRS.has(dest));
        const path = destIsDir || existingDir ? posix.join(dest, posix.basename(src.value)) : dest;
        files.set(path, { copy: step, source: src, ...(mode ? { mode } : {}) });
        for (let d = posix.dirname(path); d !== '/' && d !== '.'; d = posix.dirname(d)) createdDirs.add(d);
      }
    }
  }
  return { files, openDirs, createdDirs, packages, runs, closed: base?.minimal === true };
}

/** Whether a path may exist: 'yes' (copied), 'no' (known missing), 'unknown'. */
export function pathState(fs: FinalFs, path: string): 'yes' | 'no' | 'unknown' {
  if (fs.files.has(path)) return 'yes';
  if (fs.openDirs.some((d) => d === '/' || path === d || path.startsWith(`${d}/`))) return 'unknown';
  const name = posix.basename(path);
  if (fs.runs.some((r) => r.includes(name))) return 'unknown';
  if (fs.closed) return 'no';
  // An ordinary base: we only know the directories this Dockerfile made, and that they are not standard ones.
  const dir = posix.dirname(path);
  if (fs.createdDirs.has(dir) && !STANDARD_DIRS.has(dir) && fs.runs.length === 0) return 'no';
  return 'unknown';
}

/** chmod text that leaves every execute bit off (644, 0600, u=rw,go=r). */
export function notExecutable(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const digits = mode.slice(-3);
    return [...digits].every((d) => (Number(d) & 1) === 0);
  }
  if (/^[ugoa]*[=+-][rwxXst]*(,[ugoa]*[=+-][rwxXst]*)*$/.test(mode)) {
    return !/x|X/.test(mode) && mode.split(',').every((p) => p.includes('='));
  }
  return false;
}
