/**
 * Path resolution inside an image's filesystem, the way the kernel would do it in the container: symlinks
 * followed (absolute ones from the image root, `..` stopping at the root), at most 40 of them, and
 * directories that a tar only implies (a file under them, no entry of their own) treated as directories.
 * Pure over the filesystem map; it never looks at the host.
 */
import { normalizeMemberPath, parentOf, type FsEntry } from './filesystem.js';

export type Resolution<T = unknown> =
  | {
      readonly ok: true;
      readonly path: string;
      readonly entry?: FsEntry<T>;
      readonly links: readonly string[];
    }
  | {
      readonly ok: false;
      readonly reason: 'missing' | 'loop' | 'not a directory';
      /** The path at which resolution stopped. */
      readonly at: string;
      readonly links: readonly string[];
    };

const MAX_LINKS = 40;

/** The filesystem with the implied directories known. */
export class ImageTree<T = unknown> {
  private impliedDirs?: Set<string>;
  constructor(readonly entries: ReadonlyMap<string, FsEntry<T>>) {}

  private isImpliedDir(p: string): boolean {
    if (!this.impliedDirs) {
      this.impliedDirs = new Set(['/']);
      for (const key of this.entries.keys())
        for (let a = parentOf(key); !this.impliedDirs.has(a); a = parentOf(a)) this.impliedDirs.add(a);
    }
    return this.impliedDirs.has(p);
  }

  /** Resolves `p` (relative ones against `cwd`); `followLast` false leaves a final symlink as it is. */
  resolve(p: string, cwd = '/', followLast = true): Resolution<T> {
    const links: string[] = [];
    const start = p.startsWith('/') ? p : `${cwd.replace(/\/$/, '')}/${p}`;
    let queue = start.split('/').filter((c) => c !== '' && c !== '.');
    let current = '/';
    let entry: FsEntry<T> | undefined;
    while (queue.length > 0) {
      const [part, ...rest] = queue;
      queue = rest;
      if (part === '..') {
        current = parentOf(current);
        entry = this.entries.get(current);
        continue;
      }
      const next = current === '/' ? `/${part}` : `${current}/${part}`;
      const e = this.entries.get(next);
      if (!e) {
        if (this.isImpliedDir(next)) {
          current = next;
          entry = undefined;
          continue;
        }
        return { ok: false, reason: 'missing', at: next, links };
      }
      if (e.type === 'symlink' && (queue.length > 0 || followLast)) {
        if (links.length >= MAX_LINKS) return { ok: false, reason: 'loop', at: next, links };
        links.push(`${next} -> ${e.linkname ?? ''}`);
        const target = e.linkname ?? '';
        queue = [...target.split('/').filter((c) => c !== '' && c !== '.'), ...queue];
        if (target.startsWith('/')) current = '/';
        entry = undefined;
        continue;
      }
      if (queue.length > 0 && e.type !== 'directory')
        return { ok: false, reason: 'not a directory', at: next, links };
      current = next;
      entry = e;
    }
    return { ok: true, path: current, ...(entry ? { entry } : {}), links };
  }

  /** The regular file at `p` after links, or undefined. */
  file(p: string, cwd = '/'): FsEntry<T> | undefined {
    const r = this.resolve(p, cwd);
    return r.ok && r.entry && (r.entry.type === 'file' || r.entry.type === 'hardlink') ? r.entry : undefined;
  }

  exists(p: string): boolean {
    return this.resolve(p).ok;
  }

  /** Paths of all entries under `dir` (not following links), for globbing a directory's contents. */
  *under(dir: string): Iterable<FsEntry<T>> {
    const prefix = dir === '/' ? '/' : `${normalizeMemberPath(dir).path}/`;
    for (const [key, e] of this.entries) if (key.startsWith(prefix)) yield e;
  }
}

export interface CommandLookup<T> {
  readonly found: boolean;
  /** The path that was found (or the last tried). */
  readonly path?: string;
  readonly entry?: FsEntry<T>;
  readonly executable?: boolean;
  /** Every candidate and why it failed, for the message. */
  readonly tried: readonly string[];
}

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function isExecutable(e: FsEntry): boolean {
  return (e.mode & 0o111) !== 0;
}

/**
 * Finds the program the runtime would start for argv[0]: a name with a slash against the working directory,
 * a bare name along the image's PATH (the first executable candidate wins, as exec.LookPath does).
 */
export function lookupCommand<T>(
  tree: ImageTree<T>,
  command: string,
  env: readonly string[],
  workingDir = '/',
): CommandLookup<T> {
  const cwd = workingDir || '/';
  if (command.includes('/')) {
    const r = tree.resolve(command, cwd);
    if (!r.ok) return { found: false, path: r.at, tried: [`${command}: ${r.reason} at ${r.at}`] };
    if (!r.entry || r.entry.type === 'directory')
      return { found: false, path: r.path, tried: [`${command}: ${r.path} is a directory`] };
    return { found: true, path: r.path, entry: r.entry, executable: isExecutable(r.entry), tried: [r.path] };
  }
  const pathVar = env.find((e) => e.startsWith('PATH='))?.slice(5) ?? DEFAULT_PATH;
  const tried: string[] = [];
  let notExecutable: CommandLookup<T> | undefined;
  for (const dir of pathVar.split(':')) {
    const candidate = `${dir === '' ? '.' : dir}/${command}`;
    const r = tree.resolve(candidate, cwd);
    if (!r.ok || !r.entry || r.entry.type === 'directory') {
      tried.push(candidate);
      continue;
    }
    if (isExecutable(r.entry)) return { found: true, path: r.path, entry: r.entry, executable: true, tried };
    notExecutable ??= { found: true, path: r.path, entry: r.entry, executable: false, tried };
    tried.push(candidate);
  }
  return notExecutable ? { ...notExecutable, tried } : { found: false, tried };
}
