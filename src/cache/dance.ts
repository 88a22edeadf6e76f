/**
 * The Go-cache "dance": BuildKit keeps `RUN --mount=type=cache` contents inside the builder, which a CI runner
 * throws away. After a build we copy them out (extract) and before the next build we copy them back in
 * (inject), through small generated Dockerfiles that mount the same cache ids. Pure text generation.
 */
import type { CacheMount } from './mounts.js';
import { ageCommand, type AgeMark } from './trim.js';

function json(s: string): string {
  return JSON.stringify(s);
}

function mountSpec(m: CacheMount, index: number): string {
  const opts = [`type=cache`, `id=${m.id}`, `target=/gcc-cache/${index}`];
  if (m.uid) opts.push(`uid=${m.uid}`);
  if (m.gid) opts.push(`gid=${m.gid}`);
  if (m.mode) opts.push(`mode=${m.mode}`);
  return `--mount=${opts.join(',')}`;
}

function byBase(mounts: readonly CacheMount[]): Map<string, { mount: CacheMount; index: number }[]> {
  const groups = new Map<string, { mount: CacheMount; index: number }[]>();
  mounts.forEach((mount, index) => {
    const g = groups.get(mount.stageBase) ?? [];
    g.push({ mount, index });
    groups.set(mount.stageBase, g);
  });
  return groups;
}

/** The one file the Go caches travel in between the builder and the host cache: `<index>/...` entries. */
export const CACHE_ARCHIVE = 'go-caches.tar';

/** Copies every cache to /<index>/ of the export (a tar: one file to move, not thousands). */
export function extractDockerfile(mounts: readonly CacheMount[]): string {
  const lines: string[] = [];
  const stages: string[] = [];
  [...byBase(mounts).entries()].forEach(([base, group], s) => {
    const name = `gcc-extract-${s}`;
    stages.push(name);
    lines.push(`FROM ${base} AS ${name}`);
    const mountFlags = group.map(({ mount, index }) => mountSpec(mount, index)).join(' ');
    const copies = group
      .map(({ index }) => `mkdir -p /gcc-out/${index} && cp -a /gcc-cache/${index}/. /gcc-out/${index}/`)
      .join(' && ');
    lines.push(`RUN ${mountFlags} ${copies}`);
  });
  lines.push('FROM scratch');
  for (const name of stages) lines.push(`COPY --from=${name} /gcc-out/ /`);
  return `${lines.join('\n')}\n`;
}

/**
 * Copies /<index>/ of the cache archive in the build context back into each cache; `present` says which
 * indexes the archive holds. BuildKit unpacks the archive itself (ADD of a local tar), so the context is one
 * file and the stage images need no tar. With `age`, every file of each cache is then given that mark's mtime
 * (src/cache/trim.ts: what the build uses afterwards is what gets saved).
 */
export function injectDockerfile(
  mounts: readonly CacheMount[],
  present: ReadonlySet<number>,
  age?: Pick<AgeMark, 'stamp'>,
): string {
  const lines: string[] = [];
  const stages: string[] = [];
  [...byBase(mounts).entries()].forEach(([base, all], s) => {
    const group = all.filter(({ index }) => present.has(index));
    if (group.length === 0) return;
    if (lines.length === 0) lines.push('FROM scratch AS gcc-payload', `ADD ${CACHE_ARCHIVE} /`);
    const name = `gcc-inject-${s}`;
    stages.push(name);
    lines.push(`FROM ${base} AS ${name}`);
    const flags = group.flatMap(({ mount, index }) => [
      mountSpec(mount, index),
      `--mount=type=bind,from=gcc-payload,source=/${index},target=/gcc-in/${index}`,
    ]);
    const steps = group.map(({ mount, index }) => {
      const copy = `cp -a /gcc-in/${index}/. /gcc-cache/${index}/`;
      // Restored files belong to whoever extracted them; give them back to the mount's owner.
      const owner =
        mount.uid || mount.gid
          ? ` && chown -R ${mount.uid ?? '0'}:${mount.gid ?? '0'} /gcc-cache/${index}`
          : '';
      const aged = age ? ` && ${ageCommand(`/gcc-cache/${index}`, age)}` : '';
      return `${copy}${owner}${aged}`;
    });
    lines.push(
      `RUN ${flags.join(' ')} ${steps.join(' && ')} && mkdir -p /gcc-done && echo ${json(name)} > /gcc-done/${s}`,
    );
  });
  if (stages.length === 0) return '';
  lines.push('FROM scratch');
  for (const name of stages) lines.push(`COPY --from=${name} /gcc-done/ /`);
  return `${lines.join('\n')}\n`;
}
