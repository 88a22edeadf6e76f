/**
 * docker/build-push-action v7's build inputs, with its names, list syntax and meaning, for a one-line switch of
 * `uses:`: parsers from the raw input text to typed values. Each throws InputError naming the input. Pure.
 */
import { isIP } from 'node:net';
import { InputError } from './errors.js';
import { csvList, CsvListError, type CsvListOptions } from './csv-list.js';

function show(text: string, max = 60): string {
  const oneLine = JSON.stringify(text).slice(1, -1);
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}

/** The items of a list input, as build-push-action splits it (src/config/csv-list.ts). */
export function listItems(name: string, raw: string, opts: CsvListOptions): string[] {
  if (raw.includes('\0')) throw new InputError(name, 'expected text without NUL characters');
  try {
    return csvList(raw, opts);
  } catch (e) {
    if (e instanceof CsvListError) throw new InputError(name, e.message);
    throw e;
  }
}

/** What is wrong with one item of a list. */
class Bad {
  constructor(readonly problem: string) {}
}
const bad = (problem: string) => new Bad(problem);

function eachItem<T>(name: string, raw: string, opts: CsvListOptions, check: (item: string) => T | Bad): T[] {
  return listItems(name, raw, opts).map((item) => {
    const r = check(item);
    if (r instanceof Bad) throw new InputError(name, `'${show(item)}': ${r.problem}`);
    return r;
  });
}

function singleLine(name: string, raw: string): string {
  const v = raw.trim();
  if (/[\0\r\n]/.test(v)) throw new InputError(name, 'expected a single line without control characters');
  return v;
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/**
 * `annotations`: `[type[,type…][[platform]]:]key=value`, one per line (a value may hold commas and `=`); type is
 * manifest (default), index, manifest-descriptor or index-descriptor, as `docker buildx build --annotation`.
 */
export function parseAnnotations(name: string, raw: string): readonly string[] {
  return eachItem(name, raw, { ignoreComma: true }, (item) => {
    const eq = item.indexOf('=');
    if (eq <= 0) return bad('expected key=value, optionally after a type prefix (index:key=value)');
    const head = item.slice(0, eq);
    const m = /^(?:([a-z-]+(?:,[a-z-]+)*)(?:\[([^\]]+)\])?:)?([^:\s]+)$/.exec(head);
    if (!m) return bad('expected [type:]key=value with a key without spaces');
    const types = m[1]?.split(',') ?? [];
    const known = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'];
    const wrong = types.find((t) => !known.includes(t));
    if (wrong) return bad(`unknown annotation type '${wrong}': expected ${known.join(', ')}`);
    if (
      m[2] !== undefined &&
      !/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?(,[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?)*$/.test(m[2])
    )
      return bad(`'[${m[2]}]' is not a platform list like [linux/amd64]`);
    if (!KEY.test(m[3] as string))
      return bad(`'${m[3]}' is not a valid annotation key (letters, digits, . _ / -)`);
    return item;
  });
}

export interface NamedContext {
  readonly name: string;
  /** A path (relative to the workspace), or a source with a scheme: docker-image://, oci-layout://, target:, a URL. */
  readonly value: string;
  readonly isPath: boolean;
}

/** `build-contexts`: `name=path|docker-image://ref|oci-layout://path|target:stage|https://…`, one per line. */
export function parseBuildContexts(name: string, raw: string): readonly NamedContext[] {
  const seen = new Set<string>();
  return eachItem<NamedContext>(name, raw, { ignoreComma: true }, (item) => {
    const eq = item.indexOf('=');
    if (eq <= 0 || eq === item.length - 1)
      return bad('expected name=source (e.g. lib=../lib or alpine=docker-image://alpine:3)');
    const ctxName = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    if (!/^[A-Za-z0-9][A-Za-z0-9._/:@-]*$/.test(ctxName))
      return bad(`'${show(ctxName)}' is not a context name (letters, digits, . _ / : @ -)`);
    if (seen.has(ctxName)) return bad(`the context ${ctxName} is named twice`);
    seen.add(ctxName);
    const isPath = !/^([a-z][a-z0-9+.-]*:\/\/|target:)/i.test(value) && !/^git@/.test(value);
    return { name: ctxName, value, isPath };
  });
}

const STAGE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/** `no-cache-filters`: stage names, comma or newline separated. */
export function parseNoCacheFilters(name: string, raw: string): readonly string[] {
  return eachItem(name, raw, {}, (item) =>
    STAGE.test(item) ? item : bad('expected a stage name (letters, digits, _ . -)'),
  );
}

export type ExtraOutputType = 'local' | 'tar' | 'cacheonly';

/** An exporter next to ours: the Go binary on disk (local), a tarball of the final stage (tar). */
export interface ExtraOutput {
  readonly type: ExtraOutputType;
  /** As written: relative to the workspace unless absolute. */
  readonly dest?: string;
  /** The other attributes, `key=value`, in order. */
  readonly attrs: readonly string[];
}

const REFUSED_OUTPUTS: Readonly<Record<string, string>> = {
  registry:
    'this action never pushes from the build: set push: true and the publish stage pushes the checked image',
  image:
    'this action never pushes from the build: set push: true (publish stage) or load: true (Docker engine)',
  docker: 'use load: true to load the image into the Docker engine',
  oci: 'the build already writes the image as an OCI archive (build/image.oci.tar in the report directory, the report-dir output); another would conflict with it',
};

/**
 * `outputs`: extra exporters, one per line (no CSV quoting, as build-push-action). A value without `type=` is
 * a local directory. registry, image, docker and oci conflict with push, load and our OCI archive: refused.
 */
export function parseOutputs(name: string, raw: string): readonly ExtraOutput[] {
  return eachItem<ExtraOutput>(name, raw, { ignoreComma: true, quote: false }, (item) => {
    if (!item.includes('=')) return { type: 'local', dest: item, attrs: [] };
    let type = '';
    let dest: string | undefined;
    const attrs: string[] = [];
    for (const field of item.split(',').map((f) => f.trim())) {
      const eq = field.indexOf('=');
      if (eq <= 0) return bad(`'${show(field)}' is not key=value`);
      const key = field.slice(0, eq).toLowerCase();
      const value = field.slice(eq + 1);
      if (key === 'type') type = value.trim().toLowerCase();
      else if (key === 'dest') dest = value.trim();
      else if (key === 'push' || key === 'push-by-digest')
        return bad(
          'pushing from an output is not allowed: set push: true (the publish stage pushes the checked image)',
        );
      else attrs.push(`${key}=${value}`);
    }
    if (type === '') return bad('expected type=local,dest=DIR or type=tar,dest=FILE');
    const refused = REFUSED_OUTPUTS[type];
    if (refused) return bad(`type=${type} conflicts with this action's own outputs: ${refused}`);
    if (type !== 'local' && type !== 'tar' && type !== 'cacheonly')
      return bad(`unknown output type '${show(type)}': expected local, tar or cacheonly`);
    if (type !== 'cacheonly' && !dest) return bad(`type=${type} needs dest=PATH`);
    if (dest === '-') return bad('dest=- (standard output) is not allowed: name a path');
    return { type, ...(dest ? { dest } : {}), attrs };
  });
}

export interface SecretFile {
  readonly id: string;
  /** As written: relative to the workspace unless absolute. */
  readonly path: string;
}

/** `secret-files`: `id=path`, one per line (the file's content is the secret; the path is not). */
export function parseSecretFiles(name: string, raw: string): readonly SecretFile[] {
  const seen = new Set<string>();
  return eachItem<SecretFile>(name, raw, { ignoreComma: true }, (item) => {
    const eq = item.indexOf('=');
    const id = eq < 0 ? '' : item.slice(0, eq).trim();
    const file = eq < 0 ? '' : item.slice(eq + 1).trim();
    if (id === '' || file === '') return bad('expected id=path');
    if (!/^[A-Za-z0-9_.-]+$/.test(id))
      return bad(`'${show(id)}' is not a secret id (letters, digits, _ . -)`);
    if (seen.has(id)) return bad(`the secret ${id} is named twice`);
    seen.add(id);
    return { id, path: file };
  });
}

export type NetworkMode = 'default' | 'none' | 'host';

/** `network`: the RUN instructions' network: default, none or host (buildx then asks for network.host itself). */
export function parseNetwork(name: string, raw: string): NetworkMode | undefined {
  const v = singleLine(name, raw).toLowerCase();
  if (v === '') return undefined;
  if (v === 'default' || v === 'none' || v === 'host') return v;
  throw new InputError(name, `expected default, none or host, got '${show(v)}'`);
}

/** `add-hosts`: `host:ip` or `host=ip` (ip may be IPv6, or host-gateway), comma or newline separated. */
export function parseAddHosts(name: string, raw: string): readonly string[] {
  return eachItem(name, raw, {}, (item) => {
    const m = /^([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)[=:](.+)$/.exec(item);
    if (!m) return bad('expected host:ip or host=ip (e.g. docker:10.180.0.1)');
    const ip = (m[2] as string).replace(/^\[(.*)\]$/, '$1');
    if (ip !== 'host-gateway' && isIP(ip) === 0)
      return bad(`'${show(ip)}' is not an IP address (or host-gateway)`);
    return `${m[1]}=${ip}`;
  });
}

/** `allow`: extra entitlements, comma or newline separated. */
export function parseAllow(name: string, raw: string): readonly string[] {
  return eachItem(name, raw, {}, (item) =>
    /^(network\.host|security\.insecure|device(=[A-Za-z0-9_./:=-]+)?)$/.test(item)
      ? item
      : bad('expected network.host, security.insecure or device[=name]'),
  );
}

/** `shm-size`: the size of /dev/shm for RUN instructions, e.g. `2g`, `512m` or bytes. */
export function parseShmSize(name: string, raw: string): string | undefined {
  const v = singleLine(name, raw);
  if (v === '') return undefined;
  if (!/^[0-9]+(\.[0-9]+)?\s*([kmgt]i?b?|b)?$/i.test(v))
    throw new InputError(name, `expected a size such as 2g, 512m or 67108864, got '${show(v)}'`);
  return v.replace(/\s+/g, '');
}

const ULIMITS = [
  'core',
  'cpu',
  'data',
  'fsize',
  'locks',
  'memlock',
  'msgqueue',
  'nice',
  'nofile',
  'nproc',
  'rss',
  'rtprio',
  'rttime',
  'sigpending',
  'stack',
];

/** `ulimit`: `name=soft[:hard]`, one per line (-1 is unlimited). */
export function parseUlimits(name: string, raw: string): readonly string[] {
  return eachItem(name, raw, { ignoreComma: true }, (item) => {
    const m = /^([a-z]+)=(-?[0-9]+)(?::(-?[0-9]+))?$/.exec(item.replace(/\s+/g, ''));
    if (!m) return bad('expected name=soft[:hard], e.g. nofile=1024:1024');
    if (!ULIMITS.includes(m[1] as string))
      return bad(`unknown limit '${m[1]}': expected one of ${ULIMITS.join(', ')}`);
    if (m[3] !== undefined && Number(m[3]) !== -1 && (Number(m[2]) === -1 || Number(m[2]) > Number(m[3])))
      return bad('the soft limit is above the hard limit');
    return m[0];
  });
}

/** `cgroup-parent`: the parent cgroup of the RUN containers. */
export function parseCgroupParent(name: string, raw: string): string {
  const v = singleLine(name, raw);
  if (v !== '' && !/^[A-Za-z0-9_./:@-]+$/.test(v))
    throw new InputError(name, `expected a cgroup path (letters, digits, _ . / : @ -), got '${show(v)}'`);
  return v;
}

/**
 * Attestation attributes as buildx reads them: a bare true/false becomes `disabled=false`/`disabled=true`
 * (build-push-action's resolveAttestationAttrs). Pure.
 */
export function attestationAttrs(fields: readonly string[]): string[] {
  return fields.map((f) => {
    const v = f.trim().toLowerCase();
    if (v === 'true' || v === '1') return 'disabled=false';
    if (v === 'false' || v === '0') return 'disabled=true';
    return f.trim();
  });
}

/** `sbom`: BuildKit's in-toto SBOM attestation: `true`, `false` or attributes (`generator=IMAGE`). */
export function parseSbom(name: string, raw: string): string | undefined {
  const v = singleLine(name, raw);
  if (v === '') return undefined;
  const fields = attestationAttrs(listItems(name, v, {}));
  const bad = fields.find((f) => !/^[a-z][a-z0-9-]*=\S*$/.test(f));
  if (bad) throw new InputError(name, `expected true, false or key=value attributes, got '${show(bad)}'`);
  return ['type=sbom', ...fields.filter((f) => !f.startsWith('type='))].join(',');
}

/** `attests`: `type=sbom|provenance[,key=value…]`, one per line. */
export function parseAttests(name: string, raw: string): readonly string[] {
  return eachItem(name, raw, { ignoreComma: true }, (item) => {
    const fields = attestationAttrs(listItems(name, item, {}));
    const type = fields.find((f) => f.startsWith('type='))?.slice(5);
    if (!type) return bad('expected type=sbom or type=provenance, then key=value attributes');
    if (type !== 'sbom' && type !== 'provenance')
      return bad(`unknown attestation type '${show(type)}': expected sbom or provenance`);
    const wrong = fields.find((f) => !/^[a-z][a-z0-9-]*=/.test(f));
    if (wrong) return bad(`'${show(wrong)}' is not key=value`);
    return fields.join(',');
  });
}

/** The type of an attestation spec (`type=sbom,…`). */
export function attestType(spec: string): string | undefined {
  return spec
    .split(',')
    .find((f) => f.startsWith('type='))
    ?.slice(5);
}

/** `call`: `build` (the default) or `check` (BuildKit's build checks become findings; the build still runs). */
export function parseCall(name: string, raw: string): 'build' | 'check' {
  const v = singleLine(name, raw).toLowerCase();
  if (v === '' || v === 'build') return 'build';
  if (v === 'check') return 'check';
  throw new InputError(
    name,
    `expected build or check, got '${show(v)}' (outline and targets print to the log only: run docker buildx build --call=${show(v)} yourself)`,
  );
}
