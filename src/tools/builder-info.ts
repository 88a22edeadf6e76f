/**
 * What a buildx builder is (`docker buildx inspect`): its driver, its nodes (endpoint, status, BuildKit version,
 * driver options), and whether the Go-cache dance (src/cache/dance.ts) can reach the cache mounts the build
 * uses. The parsers and the verdict are pure; inspectBuilder is the thin runner.
 */
import { BuildxBake } from './buildx-bake.js';
import { run, ToolError } from './exec.js';
import { childEnv, type EnvNeeds } from './env-policy.js';
import { Buildx } from './buildx.js';
import { redactCredentials } from '../snapshot/redact.js';

export interface BuilderNode {
  readonly name: string;
  readonly endpoint?: string;
  readonly status?: string;
  readonly buildkitVersion?: string;
  readonly platforms: readonly string[];
  /** `--driver-opt` values (`replicas`, `loadbalance`, `namespace`, `cacert`…). */
  readonly driverOptions: Readonly<Record<string, string>>;
  /** The node could not be reached or loaded. */
  readonly error?: string;
}

export interface BuilderInfo {
  readonly name?: string;
  readonly driver: string;
  readonly nodes: readonly BuilderNode[];
  /** The builder as a whole could not be loaded. */
  readonly error?: string;
}

/** Go's %q of a driver option value, read back (`"a\"b"` → `a"b`). */
function unquote(v: string): string {
  try {
    return JSON.parse(v) as string;
  } catch {
    return v;
  }
}

/** `Driver Options: replicas="2" namespace="ci"` → { replicas: '2', namespace: 'ci' }. Pure. */
export function parseDriverOptions(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w.-]+)=("(?:[^"\\]|\\.)*"|\S*)/g)) {
    out[m[1] as string] = unquote(m[2] as string);
  }
  return out;
}

function field(line: string): [string, string] | undefined {
  const m = /^([A-Za-z][A-Za-z ]*?):\s*(.*)$/.exec(line);
  return m ? [m[1] as string, (m[2] as string).trim()] : undefined;
}

function nodeFrom(fields: ReadonlyMap<string, string>): BuilderNode {
  const get = (k: string) => fields.get(k) || undefined;
  const version = get('BuildKit version') ?? get('Buildkit');
  const endpoint = get('Endpoint');
  const status = get('Status');
  const error = get('Error');
  return {
    name: fields.get('Name') ?? '',
    ...(endpoint ? { endpoint } : {}),
    ...(status ? { status } : {}),
    ...(version ? { buildkitVersion: version } : {}),
    platforms: (get('Platforms') ?? '')
      .split(',')
      .map((p) => p.trim().replace(/\*$/, ''))
      .filter(Boolean),
    driverOptions: parseDriverOptions(fields.get('Driver Options') ?? ''),
    ...(error ? { error } : {}),
  };
}

/**
 * `docker buildx inspect` output → BuilderInfo. Indented lines (labels, GC policy, files) are ignored. Never
 * throws: unknown text gives driver `unknown` and no nodes. Pure.
 */
export function parseBuilderInspect(text: string): BuilderInfo {
  const lines = text.split(/\r?\n/);
  const head = new Map<string, string>();
  const nodes: BuilderNode[] = [];
  let current: Map<string, string> | undefined;
  let inNodes = false;
  for (const line of lines) {
    if (/^\s/.test(line) && line.trim() !== '') continue;
    if (line.trim() === '') {
      if (current) nodes.push(nodeFrom(current));
      current = undefined;
      continue;
    }
    if (line.trim() === 'Nodes:') {
      inNodes = true;
      continue;
    }
    const kv = field(line);
    if (!kv) continue;
    if (!inNodes) {
      if (!head.has(kv[0])) head.set(kv[0], kv[1]);
      continue;
    }
    if (kv[0] === 'Name' && current) nodes.push(nodeFrom(current));
    if (kv[0] === 'Name' || !current) current = new Map();
    if (!current.has(kv[0])) current.set(kv[0], kv[1]);
  }
  if (current) nodes.push(nodeFrom(current));
  const name = head.get('Name');
  const error = head.get('Error');
  return {
    ...(name ? { name } : {}),
    driver: head.get('Driver') || 'unknown',
    nodes,
    ...(error ? { error } : {}),
  };
}

/** One line for the log: `remote builder ci (1 node: tcp://127.0.0.1:1234 running, BuildKit v0.34.2)`. Pure. */
export function describeBuilder(info: BuilderInfo): string {
  const nodes = info.nodes.map((n) => {
    const parts = [n.endpoint ? redactCredentials(n.endpoint).text : n.name];
    if (n.error) parts.push(`error: ${n.error}`);
    else if (n.status) parts.push(n.status);
    const where = parts.join(' ');
    return n.buildkitVersion ? `${where}, BuildKit ${n.buildkitVersion}` : where;
  });
  const count = `${info.nodes.length} node${info.nodes.length === 1 ? '' : 's'}`;
  return `${info.driver} builder ${info.name ?? '(current)'} (${count}${nodes.length ? `: ${nodes.join('; ')}` : ''})`;
}

/** Whether the Go-cache dance can reach the builder's cache mounts, and what the log should say. */
export type DanceSupport =
  { readonly ok: true; readonly note?: string } | { readonly ok: false; readonly reason: string };

const SKIP_HINT = 'skip: cache-restore,cache-save';

/**
 * The dance runs two small builds next to the real one (inject before, extract after) and counts on them
 * reaching the same BuildKit state. Pure.
 * - a builder that cannot be loaded, whose node reports an error, or a remote node buildx cannot connect to
 *   (shown as inactive): the dance cannot take part;
 * - kubernetes with several replicas: each pod has its own cache mounts, and the dance's builds (another build
 *   context) may be sent to another pod than the build (loadbalance=sticky hashes the context path; random is
 *   random), so what it injects or extracts is not what the build used;
 * - several nodes: each node keeps its own cache mounts; the dance reaches the first only;
 * - remote, kubernetes and cloud builders usually outlive the job: their cache mounts are already there, and
 *   the dance only adds transfer time (note).
 */
export function danceSupport(info: BuilderInfo): DanceSupport {
  const who = `the ${info.driver} builder ${info.name ?? '(current)'}`;
  if (info.error) return { ok: false, reason: `${who} cannot be loaded: ${info.error}` };
  const broken = info.nodes.find((n) => n.error);
  if (broken) return { ok: false, reason: `${who} cannot be reached (node ${broken.name}: ${broken.error})` };
  // A remote daemon buildx cannot connect to (down, or refusing the TLS handshake) shows as inactive; other
  // drivers are inactive until their first build boots them.
  const down =
    info.driver === 'remote' ? info.nodes.find((n) => n.status && n.status !== 'running') : undefined;
  if (down) {
    return {
      ok: false,
      reason: `${who} cannot be reached (node ${down.name} at ${down.endpoint ? redactCredentials(down.endpoint).text : '?'} is ${down.status}: the daemon is down, or refuses this client's TLS certificate)`,
    };
  }
  if (info.driver === 'kubernetes') {
    const replicas = Number(info.nodes[0]?.driverOptions.replicas ?? '1');
    if (replicas > 1) {
      return {
        ok: false,
        reason: `${who} runs ${replicas} replicas: each pod keeps its own cache mounts, and the cache builds may land on another pod than the build (loadbalance=${info.nodes[0]?.driverOptions.loadbalance ?? 'sticky'}); create it with replicas=1 for the dance, or rely on the pods' own cache mounts`,
      };
    }
    return {
      ok: true,
      note: `${who}: the cache mounts live in its pod; a long-lived pod keeps them between runs, so set ${SKIP_HINT} there`,
    };
  }
  if (info.nodes.length > 1) {
    return {
      ok: true,
      note: `${who} has ${info.nodes.length} nodes, each with its own cache mounts: the Go caches are restored into and saved from the first node only`,
    };
  }
  if (info.driver === 'remote' || info.driver === 'cloud') {
    return {
      ok: true,
      note: `${who} keeps its cache mounts between runs while it lives; if it outlives the job, ${SKIP_HINT} saves the transfer`,
    };
  }
  return { ok: true };
}

/** What buildx needs of the job's environment to reach a builder with this driver. Pure. */
export function builderEnvNeeds(driver: string | undefined): EnvNeeds {
  return driver === 'kubernetes' ? { kubeAuth: true } : {};
}

async function inspectWith(
  builder: string | undefined,
  env: NodeJS.ProcessEnv,
  bootstrap: boolean,
): Promise<BuilderInfo> {
  const args = [
    'buildx',
    'inspect',
    ...(bootstrap ? ['--bootstrap'] : []),
    ...(builder ? ['--builder', builder] : []),
  ];
  const { stdout } = await run('docker', args, { env, timeoutMs: bootstrap ? 180_000 : 60_000 });
  return parseBuilderInspect(stdout);
}

/**
 * `docker buildx inspect [--bootstrap] [--builder NAME]`, parsed. The driver comes from buildx's own store, so the first
 * look needs no credentials; a kubernetes builder is then asked again with what its kubeconfig's credential
 * plugin needs, so its nodes' status is real.
 */
export async function inspectBuilder(
  builder?: string,
  source: NodeJS.ProcessEnv = process.env,
  options: { readonly bootstrap?: boolean } = {},
): Promise<BuilderInfo> {
  const bootstrap = options.bootstrap === true;
  const first = await inspectWith(builder, childEnv('docker', source), false);
  const needs = builderEnvNeeds(first.driver);
  if (!bootstrap && !needs.kubeAuth) return first;
  return inspectWith(builder, childEnv('docker', source, needs), bootstrap);
}

/** The builder, booted: fails when a node does not answer (an error, or a status other than running). */
export async function bootstrapBuilder(
  builder?: string,
  source: NodeJS.ProcessEnv = process.env,
): Promise<BuilderInfo> {
  const info = await inspectBuilder(builder, source, { bootstrap: true });
  const down =
    info.error ??
    info.nodes
      .map(
        (n) => n.error ?? (n.status === 'running' ? undefined : `${n.name} ${n.status ?? 'has no status'}`),
      )
      .find(Boolean);
  if (down || info.nodes.length === 0) {
    throw new ToolError('docker buildx', `${describeBuilder(info)} does not answer: ${down ?? 'no nodes'}`);
  }
  return info;
}

/** A Buildx for this builder: with what its driver needs of the environment (never throws: base env). */
export async function buildxFor(builder?: string, source: NodeJS.ProcessEnv = process.env): Promise<Buildx> {
  const driver = await new Buildx(source).driver(builder).catch(() => undefined);
  return new Buildx(source, builderEnvNeeds(driver));
}

/** A BuildxBake for this builder, with what its driver needs of the environment (never throws: base env). */
export async function buildxBakeFor(
  builder?: string,
  source: NodeJS.ProcessEnv = process.env,
): Promise<BuildxBake> {
  const driver = await new Buildx(source).driver(builder).catch(() => undefined);
  return new BuildxBake(source, builderEnvNeeds(driver));
}
