/** What the build needs to know about the commit: revision, commit time, source URL. */
import { run } from '../tools/exec.js';

export interface GitFacts {
  readonly revision?: string;
  /** Commit time in seconds since 1970 (the default SOURCE_DATE_EPOCH). */
  readonly commitTime?: number;
  readonly sourceUrl?: string;
  /** True when the work tree has uncommitted changes (Go's vcs.modified). */
  readonly dirty?: boolean;
}

async function git(dir: string, args: string[]): Promise<string | undefined> {
  try {
    return (await run('git', ['-C', dir, ...args], { timeoutMs: 15_000 })).stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A remote URL fit for a label: https, without credentials. */
function publicSourceUrl(remote: string): string | undefined {
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(\.git)?$/.exec(remote);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  try {
    const u = new URL(remote);
    if (u.protocol !== 'https:' && u.protocol !== 'http:' && u.protocol !== 'ssh:') return undefined;
    return `https://${u.host}${u.pathname.replace(/\.git$/, '')}`;
  } catch {
    return undefined;
  }
}

export async function gitFacts(dir: string, env: NodeJS.ProcessEnv = process.env): Promise<GitFacts> {
  const revision = env.GITHUB_SHA || (await git(dir, ['rev-parse', 'HEAD']));
  const time = await git(dir, ['log', '-1', '--format=%ct']);
  const remote =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}`
      : await git(dir, ['config', '--get', 'remote.origin.url']);
  const status = await git(dir, ['status', '--porcelain', '--untracked-files=no']);
  const sourceUrl = remote ? publicSourceUrl(remote) : undefined;
  const inRepo = (await git(dir, ['rev-parse', '--is-inside-work-tree'])) === 'true';
  return {
    ...(revision ? { revision } : {}),
    ...(time && /^\d+$/.test(time) ? { commitTime: Number(time) } : {}),
    ...(sourceUrl ? { sourceUrl } : {}),
    ...(inRepo ? { dirty: status !== undefined } : {}),
  };
}

/** OCI annotations-as-labels from git; the user's labels win. Pure. */
export function ociLabels(
  facts: GitFacts,
  epoch: number | undefined,
  user: Readonly<Record<string, string>>,
): Record<string, string> {
  const labels: Record<string, string> = {};
  if (facts.sourceUrl) labels['org.opencontainers.image.source'] = facts.sourceUrl;
  if (facts.revision) labels['org.opencontainers.image.revision'] = facts.revision;
  if (epoch !== undefined) labels['org.opencontainers.image.created'] = new Date(epoch * 1000).toISOString();
  return { ...labels, ...user };
}

/** The SOURCE_DATE_EPOCH to build with, from the input (auto|none|seconds). Pure. */
export function resolveSourceDateEpoch(
  input: string,
  facts: GitFacts,
  env: NodeJS.ProcessEnv,
): number | undefined {
  if (input === 'none') return undefined;
  if (input !== 'auto') return Number(input);
  const fromEnv = env.SOURCE_DATE_EPOCH;
  if (fromEnv && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  return facts.commitTime;
}
