/**
 * The single table of inputs. action.yml, the CLI's flags, Config and docs/inputs.md all come from (or are
 * checked against) this table, so an input cannot exist in one place and not the others.
 */
import { InputError } from '../core/errors.js';
import { parseImageReference } from '../registry/reference.js';
import { parsePlatform } from './reference.js';
import { parseTargets } from './targets.js';
import { SEVERITIES, type Severity } from '../core/finding.js';
import { parseSizeIncrease, parseSizeLimit, type Parsed } from './size.js';
import { parseDuration } from './duration.js';
import { parseFlavor, parseImageRules, parseTagRule, isRuleLine, tagsInputItems } from '../metadata/rules.js';
import {
  parseAddHosts,
  parseAllow,
  parseAnnotations,
  parseAttests,
  parseBuildContexts,
  parseCall,
  parseCgroupParent,
  parseNetwork,
  parseNoCacheFilters,
  parseOutputs,
  parseSbom,
  parseSecretFiles,
  parseShmSize,
  parseUlimits,
} from './build-inputs.js';

export interface InputSpec<T> {
  /** The name in action.yml and the CLI flag (`--name`). */
  readonly name: string;
  readonly description: string;
  /** Default as written in action.yml; the empty string means "no value". */
  readonly default: string;
  /** A secret: masked in logs and never printed back. */
  readonly secret?: boolean;
  /** A boolean flag on the CLI (`--push`, `--push=false`). */
  readonly flag?: boolean;
  /** Several values: repeated CLI flags, or one per line in the action. */
  readonly list?: boolean;
  /** Turns the raw text into the typed value, or throws InputError naming the input. */
  parse(raw: string): T;
}

function spec<T>(s: InputSpec<T>): InputSpec<T> {
  return s;
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export function booleanInput(name: string, description: string, def: boolean): InputSpec<boolean> {
  return spec({
    name,
    description,
    default: String(def),
    flag: true,
    parse(raw) {
      const v = raw.trim();
      if (v === '') return def;
      if (TRUE.includes(v)) return true;
      if (FALSE.includes(v)) return false;
      throw new InputError(name, `expected true or false, got '${preview(v)}'`);
    },
  });
}

function stringInput(
  name: string,
  description: string,
  def = '',
  validate?: (v: string) => string | undefined,
  opts: { secret?: boolean } = {},
): InputSpec<string> {
  return spec({
    name,
    description,
    default: def,
    ...(opts.secret ? { secret: true } : {}),
    parse(raw) {
      const v = raw.trim() === '' ? def : raw.trim();
      if (/[\0\r\n]/.test(v)) throw new InputError(name, 'expected a single line without control characters');
      const problem = v === '' ? undefined : validate?.(v);
      if (problem) throw new InputError(name, problem);
      return v;
    },
  });
}

/** A list: one item per line; `splitCommas` also splits on commas (for values that never contain one). */
function listInput(
  name: string,
  description: string,
  validateItem: (item: string) => string | undefined,
  splitCommas: boolean,
): InputSpec<readonly string[]> {
  return spec({
    name,
    description,
    default: '',
    list: true,
    parse(raw) {
      const items = raw
        .split(splitCommas ? /[\n,]/ : /\n/)
        .map((s) => s.replace(/\r$/, '').trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
      for (const item of items) {
        if (item.includes('\0')) throw new InputError(name, 'expected text without NUL characters');
        const problem = validateItem(item);
        if (problem) throw new InputError(name, `'${preview(item)}': ${problem}`);
      }
      return Object.freeze([...new Set(items)]);
    },
  });
}

function enumInput<T extends string>(
  name: string,
  description: string,
  values: readonly T[],
  def: T,
): InputSpec<T> {
  return spec({
    name,
    description: `${description} One of: ${values.join(', ')}.`,
    default: def,
    parse(raw) {
      const v = raw.trim() === '' ? def : raw.trim().toLowerCase();
      if (!(values as readonly string[]).includes(v)) {
        throw new InputError(name, `expected one of ${values.join(', ')}, got '${preview(v)}'`);
      }
      return v as T;
    },
  });
}

/** KEY=VALUE lines into a frozen record; keys must be valid build-arg / label names. */
function keyValueInput(
  name: string,
  description: string,
  keyPattern: RegExp,
  keyHint: string,
  opts: { secret?: boolean } = {},
): InputSpec<Readonly<Record<string, string>>> {
  return spec({
    name,
    description,
    default: '',
    list: true,
    ...(opts.secret ? { secret: true } : {}),
    parse(raw) {
      const out: Record<string, string> = {};
      // A secret's text is never quoted back: its errors name the line only.
      const shown = (text: string) => (opts.secret ? '' : ` '${preview(text)}'`);
      for (const [index, line] of raw
        .split('\n')
        .map((l) => l.replace(/\r$/, ''))
        .entries()) {
        if (line.trim() === '' || line.trim().startsWith('#')) continue;
        const at = `line ${index + 1}: `;
        const eq = line.indexOf('=');
        const key = (eq < 0 ? line : line.slice(0, eq)).trim();
        if (eq < 0)
          throw new InputError(
            name,
            `${at}expected ${opts.secret ? 'id=value' : 'KEY=VALUE'} lines, got${shown(line) || ' a line without ='}`,
          );
        if (!keyPattern.test(key))
          throw new InputError(
            name,
            `${at}${opts.secret ? 'expected id=value: the id' : `'${preview(key)}'`} is not a valid key (${keyHint})`,
          );
        if (line.includes('\0')) throw new InputError(name, `${at}expected text without NUL characters`);
        out[key] = line.slice(eq + 1);
      }
      return Object.freeze(out);
    },
  });
}

/** A duration (src/config/duration.ts), as milliseconds. */
function durationInput(name: string, description: string, def: string): InputSpec<number> {
  return spec({
    name,
    description,
    default: def,
    parse(raw) {
      const v = raw.trim() === '' ? def : raw.trim();
      const ms = parseDuration(v);
      if (ms === undefined)
        throw new InputError(name, `expected a duration such as 24h, 90m, 1h30m or 2d, got '${preview(v)}'`);
      return ms;
    },
  });
}

export function preview(text: string, max = 60): string {
  const oneLine = JSON.stringify(text).slice(1, -1);
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}

/** An optional value read by a pure parser; empty means none. */
function parsedInput<T>(
  name: string,
  description: string,
  parse: (v: string) => Parsed<T>,
): InputSpec<T | undefined> {
  return spec({
    name,
    description,
    default: '',
    parse(raw) {
      const v = raw.trim();
      if (v === '') return undefined;
      if (/[\0\r\n]/.test(v)) throw new InputError(name, 'expected a single line without control characters');
      const r = parse(v);
      if ('problem' in r) throw new InputError(name, `'${preview(v)}': ${r.problem}`);
      return r.value;
    },
  });
}

/** `smoke-port`: a TCP port, `8080` or `8080/tcp`. Pure. */
export function parsePort(v: string): Parsed<number> {
  const m = /^(\d{1,5})(\/tcp)?$/i.exec(v.trim());
  const port = m ? Number(m[1]) : NaN;
  return port >= 1 && port <= 65535
    ? { value: port }
    : { problem: 'expected a TCP port from 1 to 65535, like 8080 or 8080/tcp' };
}

/** `smoke-http-path`: an absolute request path with an optional query, printable ASCII only. Pure. */
export function parseHttpPath(v: string): Parsed<string> {
  return /^\/[\x21-\x7e]{0,2047}$/.test(v) && !v.includes('#')
    ? { value: v }
    : { problem: 'expected a path starting with / (printable characters, no spaces or #), like /healthz' };
}

/** The smoke command's arguments: a JSON array of strings, or words split on spaces; undefined when malformed. */
export function smokeArgs(v: string): string[] | undefined {
  const text = v.trim();
  if (!text.startsWith('[')) return text === '' ? [] : text.split(/\s+/);
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) && parsed.every((a) => typeof a === 'string')
      ? (parsed as string[])
      : undefined;
  } catch {
    return undefined;
  }
}

/** An input read by one of the parsers of src/config/build-inputs.ts (which throw InputError themselves). */
function customInput<T>(
  name: string,
  description: string,
  parse: (name: string, raw: string) => T,
  opts: { list?: boolean } = {},
): InputSpec<T> {
  return spec({
    name,
    description,
    default: '',
    ...(opts.list ? { list: true } : {}),
    parse: (raw) => parse(name, raw),
  });
}

export const STAGE_NAMES = [
  'discover',
  'lint',
  'snapshot',
  'cache-restore',
  'build',
  'fetch',
  'cache-save',
  'analyze',
  'budget',
  'smoke',
  'reproduce',
  'sbom',
  'scan',
  'reachability',
  'publish',
  'sign',
] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export const FAIL_ON = [...SEVERITIES, 'never'] as const;
export type FailOn = Severity | 'never';

function validateRelativePath(v: string): string | undefined {
  if (v.includes('\0')) return 'expected a path';
  return undefined;
}

/** `GC109=error` lines: a severity (or off) per rule code. */
function lintSeverityInput(
  name: string,
  description: string,
): InputSpec<Readonly<Record<string, Severity | 'off'>>> {
  const kv = keyValueInput(name, description, /^GC\d{3}$/, 'a rule code like GC109');
  return spec({
    ...kv,
    parse(raw) {
      const out: Record<string, Severity | 'off'> = {};
      for (const [code, value] of Object.entries(kv.parse(raw))) {
        const v = value.trim().toLowerCase();
        if (v !== 'off' && !(SEVERITIES as readonly string[]).includes(v))
          throw new InputError(name, `'${code}=${preview(value)}': expected error, warning, info or off`);
        out[code] = v as Severity | 'off';
      }
      return Object.freeze(out);
    },
  });
}

/** `comment`: auto, always or never; true and false are always and never. */
function commentInput(name: string, description: string): InputSpec<'auto' | 'always' | 'never'> {
  return spec({
    name,
    description,
    default: 'auto',
    parse(raw) {
      const v = raw.trim().toLowerCase();
      if (v === '' || v === 'auto') return 'auto';
      if (v === 'always' || v === 'true') return 'always';
      if (v === 'never' || v === 'false') return 'never';
      throw new InputError(name, `expected auto, always, never, true or false, got '${preview(raw.trim())}'`);
    },
  });
}

/** `tags`: plain image references, or docker/metadata-action tag rules (resolved with `images`, src/config/tags.ts). */
export function tagsInput(name: string, description: string): InputSpec<readonly string[]> {
  return spec({
    name,
    description,
    default: '',
    list: true,
    parse(raw) {
      const items = tagsInputItems(raw);
      for (const item of items) {
        if (item.includes('\0')) throw new InputError(name, 'expected text without NUL characters');
        const problem = isRuleLine(item) ? ruleProblem(item) : referenceProblem(item);
        if (problem) throw new InputError(name, `'${preview(item)}': ${problem}`);
      }
      return Object.freeze(items);
    },
  });
}

function ruleProblem(line: string): string | undefined {
  const r = parseTagRule(line);
  return 'problem' in r ? r.problem : undefined;
}

function referenceProblem(text: string): string | undefined {
  const ref = parseImageReference(text);
  if (!ref) return 'expected an image reference like registry/name:tag (lowercase name), or a type= rule';
  if (ref.digest) return 'a tag cannot contain a digest';
  return undefined;
}

export const INPUTS = {
  context: stringInput(
    'context',
    'Build context directory, relative to the workspace.',
    '.',
    validateRelativePath,
  ),
  dockerfile: stringInput(
    'dockerfile',
    'Path of the Dockerfile, relative to the workspace. Default: `<context>/Dockerfile`.',
    '',
    validateRelativePath,
  ),
  target: stringInput('target', 'Build stage to target (`--target`). Default: the last stage.', '', (v) =>
    /^[A-Za-z][A-Za-z0-9_.-]*$/.test(v) ? undefined : 'expected a stage name (letters, digits, _ . -)',
  ),
  targets: customInput(
    'targets',
    'Several images from one Dockerfile in one run (monorepos): one line per image, `name=<stage>,tags=<ref>[,<ref>…],platforms=<os/arch>[,…]` (a quoted field may hold the commas: `"tags=a:1,a:latest"`). All are built in one BuildKit session (`docker buildx bake`), so stages they share build once; each is then analysed, scanned, signed, gated and pushed on its own, and reported in its own section of the summary and of one PR comment. `platforms` defaults to the `platforms` input. With `images=<repository>` on a line, the metadata-action rules of the `tags` input (and `flavor`) tag that image, as metadata-action tags several `images`. Not with `target`, `images`, `image` or `cgroup-parent`; `tags` only as rules for lines with `images=`.',
    parseTargets,
    { list: true },
  ),
  platforms: listInput(
    'platforms',
    "Target platforms, comma or newline separated (e.g. `linux/amd64,linux/arm64`). Default: the builder's platform.",
    (v) =>
      parsePlatform(v)
        ? undefined
        : 'expected os/arch[/variant] with a known os and architecture, e.g. linux/arm64 or linux/arm/v7',
    true,
  ),
  tags: tagsInput(
    'tags',
    "Image references to tag the build with, comma or newline separated (e.g. `ghcr.io/acme/api:1.2.3`). With `images`: docker/metadata-action tag rules, one per line (`type=ref,event=branch`, `type=semver,pattern={{version}}`, `type=sha`, `type=raw,value=…`, `type=schedule`, `type=edge`, `type=match`, with `enable=`, `priority=`, `prefix=`, `suffix=`), made into tags from the git context of the run; a plain line is a `type=raw` value. Empty with `images`: metadata-action's defaults (schedule, branch, tag, pull request).",
  ),
  images: listInput(
    'images',
    "docker/metadata-action `images`: the repositories the `tags` rules tag, one per line (`ghcr.io/acme/api`, or `name=ghcr.io/acme/api,enable=false`). When set, the image also gets metadata-action's org.opencontainers.image.* labels and manifest annotations (title, description, url, source, version, revision, licenses; created is the commit time) and the outputs `tags`, `labels`, `version` and `json` are filled as metadata-action fills them.",
    (v) => {
      const r = parseImageRules([v]);
      if ('problem' in r) return r.problem;
      const bad = r.value.find((i) => {
        const ref = parseImageReference(i.name.toLowerCase());
        return !ref || ref.tag !== undefined || ref.digest !== undefined;
      });
      return bad
        ? `'${preview(bad.name)}' is not a repository (registry/name, without tag or digest)`
        : undefined;
    },
    false,
  ),
  flavor: listInput(
    'flavor',
    'docker/metadata-action `flavor`, one per line: `latest=auto|true|false` (auto: `latest` for a tag push or a release semver), `prefix=…` and `suffix=…` for every tag (`,onlatest=true` to put them on `latest` too). Needs `images`.',
    (v) => {
      const r = parseFlavor([v]);
      return 'problem' in r ? r.problem : undefined;
    },
    false,
  ),
  push: booleanInput('push', 'Push the checked image to the registry of its tags (see publish-when).', false),
  pushByDigest: booleanInput(
    'push-by-digest',
    'With push: push the image by its digest only, under the repository of the first tag, without tagging it (the tag part is ignored). For fan-out builds: one job per platform pushes by digest, then one job joins the digests with `docker buildx imagetools create` and runs this action with `image`. The `digest` output names what was pushed.',
    false,
  ),
  publishWhen: enumInput(
    'publish-when',
    'With push: when the publish stage pushes the checked image. `passed`: only when no stage failed and no finding is at or above fail-on (otherwise nothing is pushed, the `digest` output is empty and the job fails); `always`: whatever the checks found (the job still fails on them).',
    ['passed', 'always'] as const,
    'passed',
  ),
  image: stringInput(
    'image',
    'Analyse, scan and sign an image that already exists in a registry instead of building one: a reference by tag or digest (`ghcr.io/acme/api:1.2.3`, `ghcr.io/acme/api@sha256:…`). The build stage is skipped and the fetch stage resolves its digest and downloads every platform (registry credentials from the Docker config, as `docker login` writes them).',
    '',
    (v) =>
      parseImageReference(v)
        ? undefined
        : 'expected an image reference like registry/name:tag or registry/name@sha256:… (lowercase name)',
  ),
  load: booleanInput('load', 'Load the image into the local Docker engine.', false),
  buildArgs: keyValueInput(
    'build-args',
    'Build arguments, one `KEY=VALUE` per line. Never put secrets here: they are visible in the image history.',
    /^[A-Za-z_][A-Za-z0-9_]*$/,
    'letters, digits and _, not starting with a digit',
  ),
  labels: keyValueInput(
    'labels',
    'Image labels, one `KEY=VALUE` per line.',
    /^[A-Za-z0-9][A-Za-z0-9._/-]*$/,
    'letters, digits, . _ / -',
  ),
  builder: stringInput(
    'builder',
    'Name of an existing buildx builder to use, whatever its driver: docker-container, remote (a shared BuildKit daemon), kubernetes, or Docker Build Cloud. Create it in an earlier step. Default: the current builder. See docs/builders.md.',
    '',
    (v) =>
      /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(v) ? undefined : 'expected a builder name (letters, digits, _ . -)',
  ),
  secrets: keyValueInput(
    'secrets',
    'Build secrets, one `id=value` per line, for `RUN --mount=type=secret,id=…`. Written to private temporary files, never passed on a command line.',
    /^[A-Za-z0-9_.-]+$/,
    'letters, digits, _ . -',
    { secret: true },
  ),
  secretEnvs: keyValueInput(
    'secret-envs',
    'Build secrets taken from environment variables, one `id=ENV_NAME` per line.',
    /^[A-Za-z0-9_.-]+$/,
    'letters, digits, _ . -',
  ),
  cacheFrom: listInput(
    'cache-from',
    'External BuildKit cache sources, one per line (e.g. `type=gha` or `type=registry,ref=…`).',
    () => undefined,
    false,
  ),
  cacheTo: listInput(
    'cache-to',
    'External BuildKit cache destinations, one per line (e.g. `type=gha,mode=max`).',
    () => undefined,
    false,
  ),
  ssh: listInput(
    'ssh',
    'SSH agent sockets or keys for `RUN --mount=type=ssh`, one per line (`default` or `id=path`), e.g. for private Go modules over git+ssh.',
    (v) => (/^[A-Za-z0-9_.-]+(=.+)?$/.test(v) ? undefined : 'expected `default`, an id, or id=path'),
    false,
  ),
  layerCache: enumInput(
    'layer-cache',
    'BuildKit layer cache between runs when cache-from/cache-to are empty: `auto` (gha on GitHub, a directory for the CLI; none with the docker driver), `gha`, `local` or `none`.',
    ['auto', 'gha', 'local', 'none'] as const,
    'auto',
  ),
  sourceDateEpoch: stringInput(
    'source-date-epoch',
    'Timestamp for reproducible images: `auto` (the commit time), `none`, or seconds since 1970.',
    'auto',
    (v) =>
      v === 'auto' || v === 'none' || /^[0-9]{1,12}$/.test(v)
        ? undefined
        : 'expected auto, none, or a number of seconds since 1970',
  ),
  provenance: stringInput(
    'provenance',
    "Provenance attestation mode passed to buildx (`false`, `mode=min`, `mode=max`). Default: buildx's.",
    '',
  ),
  // --- build-push-action v7 build inputs (same names and meaning; src/config/build-inputs.ts) ---
  file: stringInput(
    'file',
    "Path of the Dockerfile: build-push-action's name for `dockerfile` (either may be used; both must then agree).",
    '',
    validateRelativePath,
  ),
  annotations: customInput(
    'annotations',
    'OCI annotations, one `key=value` per line, on the image manifest by default; `index:key=value` for the index, `manifest-descriptor:` and `index-descriptor:` for descriptors, `manifest[linux/amd64]:` for one platform (`docker buildx build --annotation`). They travel in the OCI archive the publish stage pushes.',
    parseAnnotations,
    { list: true },
  ),
  buildContexts: customInput(
    'build-contexts',
    'Additional named build contexts, one `name=source` per line: a directory relative to the workspace (`lib=services/lib` for a go.mod `replace` into a sibling directory), `docker-image://ref`, `oci-layout://path`, `target:stage` or a URL; used by `COPY --from=name` and `FROM name`.',
    parseBuildContexts,
    { list: true },
  ),
  pull: booleanInput('pull', 'Always look for newer versions of the base images (`--pull`).', false),
  noCache: booleanInput(
    'no-cache',
    "Build without BuildKit's layer cache (`--no-cache`): every step runs again. The Go caches restored by cache-restore still apply to cache mounts.",
    false,
  ),
  noCacheFilters: customInput(
    'no-cache-filters',
    'Stages to build without the layer cache, comma or newline separated (`--no-cache-filter`).',
    parseNoCacheFilters,
    { list: true },
  ),
  outputs: customInput(
    'outputs',
    "Extra exporters next to the image, one per line: `type=local,dest=DIR` (the final stage's files on disk, e.g. the Go binary of a `FROM scratch` stage chosen with target) or `type=tar,dest=FILE`; a path alone means type=local. Destinations are relative to the workspace. `registry`, `image`, `docker` and `oci` are refused: use push, load, and the OCI archive this action already writes.",
    parseOutputs,
    { list: true },
  ),
  secretFiles: customInput(
    'secret-files',
    'Build secrets read from files, one `id=path` per line (relative to the workspace unless absolute), for `RUN --mount=type=secret,id=…`. The file is mounted, never copied or printed.',
    parseSecretFiles,
    { list: true },
  ),
  network: customInput(
    'network',
    'Network mode of the RUN instructions: `default`, `none` or `host` (the builder must allow the network.host entitlement).',
    parseNetwork,
  ),
  addHosts: customInput(
    'add-hosts',
    'Extra /etc/hosts entries for RUN instructions, `host:ip` or `host=ip`, comma or newline separated (e.g. `proxy.internal:10.0.0.5`).',
    parseAddHosts,
    { list: true },
  ),
  allow: customInput(
    'allow',
    'Extra privileged entitlements, comma or newline separated: `network.host`, `security.insecure`, `device[=name]`. The builder must allow them too.',
    parseAllow,
    { list: true },
  ),
  shmSize: customInput('shm-size', 'Size of /dev/shm in RUN instructions (e.g. `2g`).', parseShmSize),
  ulimit: customInput(
    'ulimit',
    'Resource limits of RUN instructions, one `name=soft[:hard]` per line (e.g. `nofile=1024:1024`).',
    parseUlimits,
    { list: true },
  ),
  cgroupParent: customInput(
    'cgroup-parent',
    'Parent cgroup of the RUN instruction containers (`--cgroup-parent`).',
    parseCgroupParent,
  ),
  sbom: customInput(
    'sbom',
    "BuildKit's in-toto SBOM attestation (`--attest type=sbom`): `true`, `false` or attributes such as `generator=IMAGE`. It is attached to the image next to this action's own SBOM (sbom stage); the scanner image must be reachable by the builder.",
    parseSbom,
  ),
  attests: customInput(
    'attests',
    'Attestations, one per line: `type=sbom[,…]` or `type=provenance[,mode=max…]` (`--attest`). The provenance and sbom inputs win over a line of the same type.',
    parseAttests,
    { list: true },
  ),
  call: customInput(
    'call',
    "`build` (default) or `check`: also run BuildKit's build checks (`docker buildx build --call=check`) and report each as a finding `BK:<Rule>` (warning, on its line, with BuildKit's docs link); one that says what a GC rule already reported on the same line is reported once. A `# check=skip=<Rule>` line in the Dockerfile, or `BK:<Rule>` in `lint-disable`, turns a BuildKit rule off. The build still runs (add `build` to skip for a checks-only step).",
    parseCall,
  ),
  // --- end of build-push-action build inputs ---
  verifyReproducible: booleanInput(
    'verify-reproducible',
    'Rebuild without any cache and compare the two images file by file and Go build info by field.',
    false,
  ),
  smokeCommand: stringInput(
    'smoke-command',
    "Start the image once through the Docker Engine with these arguments (a JSON array, or words split on spaces) after the ENTRYPOINT; it must exit 0 within smoke-timeout. Empty: no smoke run (with smoke-mode `exit`). With smoke-mode `healthy` the arguments replace the CMD; empty keeps the image's.",
    '',
    (v) => (smokeArgs(v) ? undefined : 'expected a JSON array of strings, or words separated by spaces'),
  ),
  smokeTimeout: stringInput(
    'smoke-timeout',
    'Seconds the smoke run may take before it is stopped and counted as failed (1-3600).',
    '30',
    (v) =>
      /^[0-9]{1,4}$/.test(v) && Number(v) >= 1 && Number(v) <= 3600
        ? undefined
        : 'expected whole seconds from 1 to 3600',
  ),
  smokeMode: enumInput(
    'smoke-mode',
    'How the smoke run passes: `exit` (the program started with smoke-command exits 0) or `healthy` (for services: start the image with its ENTRYPOINT/CMD and pass when its HEALTHCHECK turns healthy, or, without one, when smoke-port accepts a TCP connection and answers smoke-http-path below 500; then stop it). Both within smoke-timeout.',
    ['exit', 'healthy'] as const,
    'exit',
  ),
  smokePort: parsedInput(
    'smoke-port',
    "With smoke-mode `healthy`: the TCP port the service listens on inside the container. Default: the image's first EXPOSE.",
    parsePort,
  ),
  smokeHttpPath: parsedInput(
    'smoke-http-path',
    'With smoke-mode `healthy` and no HEALTHCHECK: also GET this path (e.g. `/healthz`) on smoke-port; any status below 500 passes.',
    parseHttpPath,
  ),
  failOnSeverity: enumInput(
    'fail-on-severity',
    'Vulnerabilities at or above this severity become errors (the rest warnings or notes).',
    ['critical', 'high', 'medium', 'low', 'unknown', 'none'] as const,
    'high',
  ),
  ignoreUnfixed: booleanInput(
    'ignore-unfixed',
    'Leave out vulnerabilities that have no fixed version yet.',
    false,
  ),
  trivyIgnoreFile: stringInput(
    'trivy-ignore-file',
    'A .trivyignore file of vulnerability ids to leave out.',
    '',
    validateRelativePath,
  ),
  trivySkipDbUpdate: booleanInput(
    'trivy-skip-db-update',
    'Scan with the trivy database as it is in trivy-cache-dir, without downloading (air-gapped runners); the database is then neither restored from nor saved to the cache.',
    false,
  ),
  trivyDbMaxAge: durationInput(
    'trivy-db-max-age',
    "How old trivy's database (restored from the cache, keyed by day) may be before the scan downloads a new one: a duration such as `24h`, `90m` or `2d`; `0` always downloads. A failed download falls back to the cached database with a warning.",
    '24h',
  ),
  trivyCacheDir: stringInput(
    'trivy-cache-dir',
    "trivy's cache directory (its vulnerability database). Default: trivy's own.",
    '',
  ),
  vulnDb: stringInput(
    'vuln-db',
    'The Go vulnerability database the reachability stage checks the Go binaries against: an https URL, or a `file://` copy in the v1 layout for air-gapped runners.',
    'https://vuln.go.dev',
    (v) => (/^(https?|file):\/\/\S+$/.test(v) ? undefined : 'expected an https:// URL or a file:// path'),
  ),
  unreachableSeverity: enumInput(
    'unreachable-severity',
    'Severity of Go vulnerabilities no binary of the image reaches (govulncheck: linked but never called, or not linked).',
    ['error', 'warning', 'info'] as const,
    'info',
  ),
  failOnUnreachable: booleanInput(
    'fail-on-unreachable',
    'Apply fail-on-severity to Go vulnerabilities no binary reaches too (by default it applies to reachable ones only).',
    false,
  ),
  sign: booleanInput(
    'sign',
    'Sign the pushed digest with cosign, attest the SBOM and the scan, and verify them.',
    false,
  ),
  cosignKey: stringInput(
    'cosign-key',
    "Signing key for cosign: a path or a KMS/env reference (`env://COSIGN_PRIVATE_KEY`); its password comes from COSIGN_PASSWORD. Empty: keyless, with the job's OIDC token.",
    '',
  ),
  cosignPublicKey: stringInput(
    'cosign-public-key',
    "Public key to verify a key signature with. Default: the key's `.pub` next to a `.key` path.",
    '',
  ),
  cosignOffline: booleanInput(
    'cosign-offline',
    'Do not use the transparency log (air-gapped, or private keys that must not be published).',
    false,
  ),
  allowHttpRegistry: booleanInput(
    'allow-http-registry',
    'Talk to a plain-HTTP registry (cosign, and the fetch stage for `image`). Registries on localhost / 127.0.0.1 are always reached over HTTP by the fetch stage. Local test registries only.',
    false,
  ),
  skip: listInput(
    'skip',
    `Stages to skip, comma separated. Stages: ${STAGE_NAMES.join(', ')}.`,
    (v) =>
      (STAGE_NAMES as readonly string[]).includes(v)
        ? undefined
        : `expected a stage name: ${STAGE_NAMES.join(', ')}`,
    true,
  ) as InputSpec<readonly StageName[]>,
  failOn: enumInput(
    'fail-on',
    'Fail the job when a finding of this severity or higher exists.',
    FAIL_ON,
    'error',
  ),
  maxImageSize: parsedInput(
    'max-image-size',
    'Size budget per platform: `50MiB`, `1.5GB`, or bytes; of the compressed layers unless followed by `uncompressed` (the files). A platform over it is a GC408 error on the FROM line of the final stage, so it fails the gate through fail-on.',
    parseSizeLimit,
  ),
  maxSizeIncrease: parsedInput(
    'max-size-increase',
    "Growth budget per platform against the baseline (the base branch's, or the `baseline` input): `10%` or a size like `5MiB`; compressed unless followed by `uncompressed`. Over it: a GC408 error on the FROM line of the final stage. Without a baseline that has per-platform sizes it is not checked (the summary says why).",
    parseSizeIncrease,
  ),
  reportDir: stringInput(
    'report-dir',
    'Directory for report files (SARIF, Markdown, metadata). Default: a temporary directory.',
    '',
    validateRelativePath,
  ),
  keepImageArchive: stringInput(
    'keep-image-archive',
    "Keep the image's OCI archive (the build's, or the fetched image's with `image`) at this path after the run: a file name, or an existing directory to put `image.oci.tar` in (with `targets`: a directory, made if needed, that gets each image's archive as `<name>.oci.tar`). Inside the workspace or a temporary directory. Default: image archives are written to the run's temporary directory, never to `report-dir`, and deleted when the run ends.",
    '',
    validateRelativePath,
  ),
  githubToken: stringInput(
    'github-token',
    "Token for the PR comment. Default: the job's GITHUB_TOKEN.",
    '',
    undefined,
    { secret: true },
  ),
  lintDisable: listInput(
    'lint-disable',
    "Lint rule codes to turn off, comma or newline separated (e.g. `GC206,GC302`; with `call: check`, BuildKit's checks as `BK:<RuleName>`, e.g. `BK:JSONArgsRecommended`). See docs/rules.",
    (v) =>
      /^(GC\d{3}|BK:[A-Za-z][A-Za-z0-9]{0,63})$/.test(v)
        ? undefined
        : 'expected a rule code like GC206, or BK: and a BuildKit check name like BK:JSONArgsRecommended',
    true,
  ),
  lintSeverity: lintSeverityInput(
    'lint-severity',
    'Severity per lint rule, one `CODE=error|warning|info|off` per line (e.g. `GC109=error`).',
  ),
  comment: commentInput(
    'comment',
    'The sticky pull request comment (one per PR and image, updated in place): `auto` writes it when there is something to say and keeps an existing one up to date, `always`, or `never`. `true`/`false` mean always/never. Needs `pull-requests: write`; on forks it is skipped with a notice.',
  ),
  commentFile: stringInput(
    'comment-file',
    'Write the sticky pull request comment to this JSON file (`marker`, `body`, `create`) instead of posting it, for a build job that holds no `pull-requests: write`: a later job posts it (the reusable workflow for pull requests, `.github/workflows/go-container-pr.yml`, does). Inside the workspace or a temporary directory. Default: post it.',
    '',
    validateRelativePath,
  ),
  baseline: stringInput(
    'baseline',
    "A baseline.json from an earlier run's report directory to compare against (image size, vulnerabilities, new and fixed findings). Default on GitHub pull requests: the base branch's latest baseline, from the cache.",
    '',
    validateRelativePath,
  ),
} as const;

export type InputKey = keyof typeof INPUTS;
export type InputValues = { readonly [K in InputKey]: ReturnType<(typeof INPUTS)[K]['parse']> };
