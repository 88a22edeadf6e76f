import * as core from '@actions/core';
import * as cache from '@actions/cache';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CacheStore, Host, HostCapabilities, Logger } from './host.js';
import { cacheModeNotice, cacheModeOf } from './cache-mode.js';
import type { Finding } from '../core/finding.js';
import { GITHUB_ANNOTATION_LIMITS } from '../report/annotations.js';
import { emptySlots, fillSlots, stableCachePaths, withStableCachePaths } from './stable-cache-paths.js';

/**
 * GitHub shows at most 10 annotations of each level per step (and 50 per job); the report emits the most
 * severe first (src/report/annotations.ts) and this host drops any beyond the limits as a safety net.
 */
export const ANNOTATIONS_PER_LEVEL = GITHUB_ANNOTATION_LIMITS.perLevel;

const githubLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  group: (title, fn) => core.group(title, fn),
};

/**
 * @actions/cache, where a failing cache service warns and the build goes on. ACTIONS_CACHE_MODE is obeyed
 * here (a fork's pull request restores but never saves), and said once. Entries are versioned by fixed `~/…`
 * paths whatever directories the caller uses (see stable-cache-paths.ts).
 */
export class ActionsCacheStore implements CacheStore {
  private told = false;
  private modeTold = false;
  /** home: where the `~/…` slots are (the user's home directory; tests give another). */
  constructor(
    private readonly env: NodeJS.ProcessEnv = process.env,
    private readonly home = os.homedir(),
  ) {}

  get writable(): boolean {
    return cacheModeOf(this.env).write;
  }

  private available(): boolean {
    let available: boolean;
    try {
      available = cache.isFeatureAvailable();
    } catch (e) {
      core.warning(
        `the GitHub cache service could not be asked (caches are not persisted): ${(e as Error).message}`,
      );
      this.told = true;
      return false;
    }
    if (available) return true;
    if (!this.told)
      core.info('the GitHub cache service is not available to this job: caches are not persisted');
    this.told = true;
    return false;
  }

  /** Whether the job's cache mode allows this; a restricted mode is said once. */
  private allowed(what: 'read' | 'write'): boolean {
    const mode = cacheModeOf(this.env);
    const notice = cacheModeNotice(mode);
    if (notice && !this.modeTold) core.info(notice);
    this.modeTold ||= notice !== undefined;
    return mode[what];
  }

  async restore(
    paths: readonly string[],
    key: string,
    restoreKeys: readonly string[],
  ): Promise<string | undefined> {
    if (!this.available() || !this.allowed('read')) return undefined;
    try {
      return await withStableCachePaths(
        paths,
        (stable) => cache.restoreCache(stable, key, [...restoreKeys]),
        {
          after: async (slots, hit) => {
            if (hit) await emptySlots(slots, paths);
          },
        },
        this.home,
      );
    } catch (e) {
      core.warning(`cache restore failed (the build continues without it): ${(e as Error).message}`);
      return undefined;
    }
  }

  async save(paths: readonly string[], key: string): Promise<void> {
    if (!this.available() || !this.allowed('write')) return;
    try {
      // -1: @actions/cache logged why (as info) and stored nothing, unless another job stored the key first.
      const stored = await withStableCachePaths(
        paths,
        (stable) => cache.saveCache(stable, key),
        { before: (slots) => fillSlots(paths, slots) },
        this.home,
      );
      if (stored === -1 && !(await this.exists(paths, key)))
        core.warning(
          `cache save failed (the build result is unaffected): the cache service did not store ${key}`,
        );
    } catch (e) {
      core.warning(`cache save failed (the build result is unaffected): ${(e as Error).message}`);
    }
  }

  /** Whether the service holds exactly this key for these paths (a lookup, nothing downloaded). */
  private async exists(paths: readonly string[], key: string): Promise<boolean> {
    try {
      return (await cache.restoreCache(stableCachePaths(paths), key, [], { lookupOnly: true })) === key;
    } catch {
      return false;
    }
  }
}

/** GitHub Actions: tools from pinned downloads, @actions/cache (path-versioned), capped annotations, gha. */
export const GITHUB_CAPABILITIES: HostCapabilities = {
  installsTools: true,
  needsStableCachePaths: true,
  annotationLimits: GITHUB_ANNOTATION_LIMITS,
  sarifRelativeToCheckout: true,
  defaultLayerCache: 'gha',
  githubRun: true,
};

export class GitHubHost implements Host {
  readonly name = 'GitHub Actions';
  readonly can = GITHUB_CAPABILITIES;
  readonly log = githubLogger;
  readonly cache: CacheStore = new ActionsCacheStore();
  readonly tempDir = mkdtempSync(path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'go-container-ci-'));
  private readonly emitted = new Map<string, number>();
  private emittedTotal = 0;

  mask(secret: string): void {
    core.setSecret(secret);
  }
  setOutput(name: string, value: string): void {
    core.setOutput(name, value);
  }
  annotate(f: Finding): void {
    const level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
    const count = this.emitted.get(level) ?? 0;
    if (count >= ANNOTATIONS_PER_LEVEL || this.emittedTotal >= GITHUB_ANNOTATION_LIMITS.total) return;
    this.emitted.set(level, count + 1);
    this.emittedTotal++;
    const props: core.AnnotationProperties = { title: `${f.code} ${f.title}` };
    if (f.file) props.file = f.file;
    if (f.line) props.startLine = f.line;
    if (f.endLine) props.endLine = f.endLine;
    // GitHub ignores columns on multi-line annotations.
    if (f.column && (!f.endLine || f.endLine === f.line)) {
      props.startColumn = f.column;
      if (f.endColumn && f.endColumn >= f.column) props.endColumn = f.endColumn;
    }
    const message = `${f.message}${f.fix ? `\nFix: ${f.fix}` : ''}\nDocs: ${f.docsUrl}`;
    if (level === 'error') core.error(message, props);
    else if (level === 'warning') core.warning(message, props);
    else core.notice(message, props);
  }
  async appendSummary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  }
}
