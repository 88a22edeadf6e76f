import { appendFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { CacheStore, Host, HostCapabilities, Logger } from './host.js';
import type { Finding } from '../core/finding.js';

/** A cache in a local directory: one sub-directory per key, restore keys matched by prefix, newest first. */
export class LocalDirCacheStore implements CacheStore {
  readonly writable = true;
  constructor(
    readonly root: string,
    private readonly log: Logger,
  ) {}

  private entryDir(key: string): string {
    // Keys may contain any character; the directory name is a readable prefix plus a hash.
    const safe = key.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80);
    return path.join(this.root, `${safe}-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`);
  }

  private async entries(): Promise<{ key: string; dir: string; mtime: number }[]> {
    let names: string[];
    try {
      names = await readdir(this.root);
    } catch {
      return [];
    }
    const out = [];
    for (const name of names) {
      const dir = path.join(this.root, name);
      try {
        const key = await readFile(path.join(dir, 'KEY'), 'utf8');
        out.push({ key, dir, mtime: (await stat(dir)).mtimeMs });
      } catch {
        // incomplete entry: ignored
      }
    }
    return out.sort((a, b) => b.mtime - a.mtime);
  }

  async restore(
    paths: readonly string[],
    key: string,
    restoreKeys: readonly string[],
  ): Promise<string | undefined> {
    try {
      const all = await this.entries();
      const hit =
        all.find((e) => e.key === key) ??
        restoreKeys.map((p) => all.find((e) => e.key.startsWith(p))).find(Boolean);
      if (!hit) return undefined;
      for (const [i, p] of paths.entries()) {
        const src = path.join(hit.dir, String(i));
        if (!(await stat(src).catch(() => undefined))) continue;
        await mkdir(path.dirname(p), { recursive: true });
        await cp(src, p, { recursive: true, force: true, verbatimSymlinks: true });
      }
      return hit.key;
    } catch (e) {
      this.log.warning(`cache restore failed (the build continues without it): ${(e as Error).message}`);
      return undefined;
    }
  }

  async save(paths: readonly string[], key: string): Promise<void> {
    const dest = this.entryDir(key);
    const tmp = `${dest}.tmp-${process.pid}`;
    try {
      if (await stat(dest).catch(() => undefined)) return; // immutable, like @actions/cache
      await rm(tmp, { recursive: true, force: true });
      await mkdir(tmp, { recursive: true });
      for (const [i, p] of paths.entries()) {
        if (await stat(p).catch(() => undefined))
          await cp(p, path.join(tmp, String(i)), { recursive: true, verbatimSymlinks: true });
      }
      await writeFile(path.join(tmp, 'KEY'), key);
      await rename(tmp, dest);
    } catch (e) {
      await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
      this.log.warning(`cache save failed (the build result is unaffected): ${(e as Error).message}`);
    }
  }
}

export interface LocalHostOptions {
  /** Where outputs.json and summary.md go. */
  readonly reportDir: string;
  readonly cacheDir: string;
  readonly verbose?: boolean;
  /** Where log lines go; default stderr. */
  readonly write?: (line: string) => void;
}

/** Any other CI, or a terminal: logs to stderr, outputs and summary to files in the report directory. */
/** Any other CI or a terminal: PATH tools only, a cache directory, every annotation, a local layer cache. */
export const LOCAL_CAPABILITIES: HostCapabilities = {
  installsTools: false,
  needsStableCachePaths: false,
  sarifRelativeToCheckout: false,
  defaultLayerCache: 'local',
  githubRun: false,
};

export class LocalHost implements Host {
  readonly name = 'local';
  readonly can = LOCAL_CAPABILITIES;
  readonly log: Logger;
  readonly cache: CacheStore;
  readonly layerCacheDir: string;
  private scratch: string | undefined;
  /** A private scratch directory, made on first use. */
  get tempDir(): string {
    this.scratch ??= mkdtempSync(path.join(os.tmpdir(), 'go-container-ci-'));
    return this.scratch;
  }
  readonly outputs = new Map<string, string>();
  readonly annotations: Finding[] = [];
  private readonly secrets: string[] = [];

  constructor(private readonly opts: LocalHostOptions) {
    const write = opts.write ?? ((line: string) => process.stderr.write(`${line}\n`));
    const out = (line: string) => write(this.redact(line));
    this.log = {
      debug: (m) => (opts.verbose ? out(`debug: ${m}`) : undefined),
      info: (m) => out(m),
      warning: (m) => out(`warning: ${m}`),
      error: (m) => out(`error: ${m}`),
      group: async (title, fn) => {
        out(`== ${title}`);
        return fn();
      },
    };
    this.cache = new LocalDirCacheStore(opts.cacheDir, this.log);
    this.layerCacheDir = path.join(opts.cacheDir, 'buildkit-layers');
  }

  /** Removes this run's scratch directory (the report directory stays). */
  async dispose(): Promise<void> {
    if (this.scratch) await rm(this.scratch, { recursive: true, force: true }).catch(() => undefined);
    this.scratch = undefined;
  }

  /** Replaces every registered secret with ***. */
  redact(text: string): string {
    let t = text;
    for (const s of this.secrets) t = t.split(s).join('***');
    return t;
  }
  mask(secret: string): void {
    if (secret.length > 0) this.secrets.push(secret);
  }
  setOutput(name: string, value: string): void {
    this.outputs.set(name, value);
  }
  annotate(f: Finding): void {
    this.annotations.push(f);
  }
  async appendSummary(markdown: string): Promise<void> {
    mkdirSync(this.opts.reportDir, { recursive: true });
    appendFileSync(path.join(this.opts.reportDir, 'summary.md'), this.redact(markdown));
  }
}
