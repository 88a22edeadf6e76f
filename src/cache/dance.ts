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

/**
 * What the extract may leave in the builder because the host still holds it: the caches the run restored
 * (src/cache/delta.ts lists their files in the build context's `known/`), and the inject's age mark.
 */
export interface ExtractDelta {
  /** Cache indexes restored from the archive the host kept: `known/<index>.large` and `.small` list its files. */
  readonly known: ReadonlySet<number>;
  /** The `touch -t` stamp (UTC) after which a file counts as used or written by this build. */
  readonly usedAfterStamp: string;
}

/** The context directory (of the extract build) that holds the known lists, and where the RUN sees them. */
export const KNOWN_DIR = 'known';
/** Files up to this size are compared by content (md5), larger ones by size: `find -size +128` (blocks of 512). */
export const SMALL_FILE_BYTES = 128 * 512;

/** A module cache (it has cache/download/): only its download cache leaves the builder, never extracted trees. */
function wholeCopy(index: number): string {
  return (
    `mkdir -p /gcc-out/${index} && if [ -d /gcc-cache/${index}/cache/download ]; ` +
    `then mkdir -p /gcc-out/${index}/cache && cp -a /gcc-cache/${index}/cache/download /gcc-out/${index}/cache/; ` +
    `else cp -a /gcc-cache/${index}/. /gcc-out/${index}/; fi`
  );
}

/** The lines of `new` not in `known` (both `<size or md5> <path>` lines), as paths: awk, in every base image. */
function notKnown(known: string, fresh: string): string {
  return `awk 'FILENAME == ARGV[1] { k[$0] = 1; next } !($0 in k) { sub(/^[^ ]+ +/, ""); print }' ${known} ${fresh}`;
}

/**
 * Only what the host does not hold leaves the builder: the files newer than the mark whose size (large files)
 * or md5 (small ones) is not in the known lists, and new symbolic links; and the list of every path newer
 * than the mark (`/gcc-used-<index>.list`: what the build used). In a module cache only cache/download counts.
 * An image without awk, md5sum or stat copies the cache whole (the host then takes it all from the delta).
 */
function deltaCopy(index: number): string {
  const tmp = `/gcc-tmp/${index}`;
  const newer = `find $S -newer /gcc-tmp/mark`;
  const known = `/gcc-known/${index}`;
  const delta = [
    `mkdir -p /gcc-out/${index} ${tmp} && (cd /gcc-cache/${index} && S=. && if [ -d cache/download ]; then S=./cache/download; fi`,
    `${newer} > /gcc-out/gcc-used-${index}.list`,
    `${newer} -type f -size +128 -exec stat -c '%s %n' {} + > ${tmp}/large`,
    `${newer} -type f ! -size +128 -exec md5sum {} + > ${tmp}/small`,
    `{ ${notKnown(`${known}.large`, `${tmp}/large`)} && ${notKnown(`${known}.small`, `${tmp}/small`)} && ${newer} -type l; } > ${tmp}/send`,
    `while IFS= read -r f; do mkdir -p "/gcc-out/${index}/\${f%/*}" && cp -a "$f" "/gcc-out/${index}/$f" || exit 1; done < ${tmp}/send)`,
  ].join(' && ');
  const tools = 'command -v awk && command -v md5sum && command -v stat';
  return `if { ${tools}; } >/dev/null 2>&1; then ${delta}; else ${wholeCopy(index)}; fi`;
}

/**
 * Copies every cache to /<index>/ of the export (a tar: one file to move, not thousands). A module cache
 * leaves only its download cache (go re-extracts the module trees, and the save keeps only what go.sum names).
 * With `delta`, a restored cache leaves only what changed (deltaCopy), the host merges it with what it kept.
 */
export function extractDockerfile(mounts: readonly CacheMount[], delta?: ExtractDelta): string {
  const lines: string[] = [];
  const stages: string[] = [];
  const knownMount = `--mount=type=bind,source=${KNOWN_DIR},target=/gcc-known`;
  const mark = delta ? `mkdir -p /gcc-tmp && TZ=UTC0 touch -t ${delta.usedAfterStamp} /gcc-tmp/mark && ` : '';
  if (delta && !/^\d{12}\.\d{2}$/.test(delta.usedAfterStamp))
    throw new Error(`extractDockerfile: bad stamp ${delta.usedAfterStamp}`);
  [...byBase(mounts).entries()].forEach(([base, group], s) => {
    const name = `gcc-extract-${s}`;
    stages.push(name);
    lines.push(`FROM ${base} AS ${name}`);
    const anyKnown = group.some(({ index }) => delta?.known.has(index));
    const mountFlags = [
      ...group.map(({ mount, index }) => mountSpec(mount, index)),
      ...(anyKnown ? [knownMount] : []),
    ];
    const copies = group
      .map(({ index }) => (delta?.known.has(index) ? deltaCopy(index) : wholeCopy(index)))
      .join(' && ');
    lines.push(`RUN ${mountFlags.join(' ')} ${anyKnown ? mark : ''}${copies}`);
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

/** The exit code of the streamed inject in an image without tar: the caller falls back to injectDockerfile. */
export const NO_TAR_EXIT = 97;

/**
 * The inject without staging the archive in the builder: the RUN reads it straight from the build context (a
 * bind mount) and untars it into the cache mounts, so the archive is written once in the builder, not three
 * times (ADD, then a copy). Needs tar in the stage's image (exits NO_TAR_EXIT without it) and every restored
 * cache in one stage base; '' otherwise (or when nothing was restored): use injectDockerfile.
 */
export function injectStreamDockerfile(
  mounts: readonly CacheMount[],
  present: ReadonlySet<number>,
  age?: Pick<AgeMark, 'stamp'>,
): string {
  const groups = [...byBase(mounts).entries()]
    .map(([base, all]) => [base, all.filter(({ index }) => present.has(index))] as const)
    .filter(([, group]) => group.length > 0);
  if (groups.length !== 1) return '';
  const [base, group] = groups[0] as (typeof groups)[number];
  const flags = [
    ...group.map(({ mount, index }) => mountSpec(mount, index)),
    '--mount=type=bind,target=/gcc-ctx',
  ];
  const after = group.map(({ mount, index }) => {
    const owner =
      mount.uid || mount.gid ? `chown -R ${mount.uid ?? '0'}:${mount.gid ?? '0'} /gcc-cache/${index}` : '';
    const aged = age ? ageCommand(`/gcc-cache/${index}`, age) : '';
    return [owner, aged].filter(Boolean).join(' && ');
  });
  const steps = [
    `{ command -v tar >/dev/null 2>&1 || exit ${NO_TAR_EXIT}; }`,
    `tar -xf /gcc-ctx/${CACHE_ARCHIVE} -C /gcc-cache`,
    ...after.filter(Boolean),
    'mkdir -p /gcc-done && echo "gcc-inject" > /gcc-done/0',
  ];
  return [
    `FROM ${base} AS gcc-inject`,
    `RUN ${flags.join(' ')} ${steps.join(' && ')}`,
    'FROM scratch',
    'COPY --from=gcc-inject /gcc-done/ /',
    '',
  ].join('\n');
}

/**
 * Pulls and unpacks the dance's base images (one trivial RUN each, so the layers are unpacked, not only
 * resolved), so that this can run while the host cache is restored and checked: the inject build, and the build
 * after it, find them in the builder. Empty when there are no mounts.
 */
export function pullDockerfile(mounts: readonly CacheMount[]): string {
  const bases = [...byBase(mounts).keys()];
  if (bases.length === 0) return '';
  const lines: string[] = [];
  bases.forEach((base, s) => {
    lines.push(`FROM ${base} AS gcc-pull-${s}`, `RUN mkdir -p /gcc-pulled && echo ${s} > /gcc-pulled/${s}`);
  });
  lines.push('FROM scratch');
  bases.forEach((_, s) => lines.push(`COPY --from=gcc-pull-${s} /gcc-pulled/ /`));
  return `${lines.join('\n')}\n`;
}
