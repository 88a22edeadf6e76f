/**
 * The permissions of the workflows users copy (examples/workflows) and of the reusable workflows they call
 * (.github/workflows/go-container.yml, go-container-pr.yml), read as YAML:
 * - no job that a pull_request or pull_request_target event can reach holds packages or id-token write (the
 *   examples' own jobs and the jobs of the reusable workflow they call);
 * - go-container.yml refuses pull request events, with an error naming go-container-pr.yml (its refusal step
 *   runs here under bash), before any job that asks for write permissions;
 * - every job of a called reusable workflow asks for no more than the calling job grants (GitHub refuses the
 *   whole run otherwise);
 * - every example has a concurrency group keyed on the image and the ref, distinct from the called workflow's.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../helpers/action.js';

type Level = 'none' | 'read' | 'write';
type Permissions = Readonly<Record<string, Level>>;

interface Job {
  readonly name?: string;
  readonly uses?: string;
  readonly needs?: string | string[];
  readonly if?: string | boolean;
  readonly permissions?: unknown;
  readonly steps?: { name?: string; run?: string; env?: Record<string, string> }[];
}

interface Workflow {
  readonly on: unknown;
  readonly permissions?: unknown;
  readonly concurrency?: { group?: string } | string;
  readonly jobs: Record<string, Job>;
}

const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
] as const;
const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };
const PR_EVENTS = ['pull_request', 'pull_request_target'];
const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples', 'workflows');
const REUSABLE = /^go-container-ci\/go-container-ci\/(\.github\/workflows\/[\w.-]+\.ya?ml)@/;

function load(file: string): Workflow {
  return parse(readFileSync(file, 'utf8')) as Workflow;
}

/** A `permissions:` value as a level per scope (a scope not named is none, as GitHub does). */
function normalise(value: unknown, where: string): Permissions {
  if (value === 'read-all' || value === 'write-all') {
    const level = value === 'read-all' ? 'read' : 'write';
    return Object.fromEntries(SCOPES.map((s) => [s, level]));
  }
  if (value === null || typeof value !== 'object') throw new Error(`${where}: permissions must be a map`);
  const out: Record<string, Level> = {};
  for (const [scope, level] of Object.entries(value as Record<string, unknown>)) {
    if (level !== 'read' && level !== 'write' && level !== 'none')
      throw new Error(`${where}: permissions.${scope} is ${String(level)}`);
    out[scope] = level;
  }
  return out;
}

/**
 * A job's permissions: its own, else the workflow's. Both absent would be the repository's default token,
 * possibly write-all: every workflow here must say what it grants.
 */
function jobPermissions(wf: Workflow, job: Job, where: string): Permissions {
  if (job.permissions !== undefined) return normalise(job.permissions, where);
  if (wf.permissions !== undefined) return normalise(wf.permissions, where);
  throw new Error(`${where}: neither the job nor the workflow sets permissions`);
}

function writes(p: Permissions): string[] {
  return Object.entries(p)
    .filter(([, l]) => l === 'write')
    .map(([s]) => s);
}

/** Scopes where `asked` goes beyond `granted`. */
function beyond(asked: Permissions, granted: Permissions): string[] {
  return Object.entries(asked)
    .filter(([s, l]) => RANK[l] > RANK[granted[s] ?? 'none'])
    .map(([s, l]) => `${s}: ${l} (granted ${granted[s] ?? 'none'})`);
}

function events(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return Object.keys(on as object);
}

/** The local file of a `uses:` that calls one of our reusable workflows, or undefined. */
function calledWorkflow(uses: string | undefined): string | undefined {
  const m = uses ? REUSABLE.exec(uses) : null;
  return m ? path.join(REPO_ROOT, m[1] as string) : undefined;
}

function needsOf(job: Job): string[] {
  return job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** Whether `job` runs only after `ancestor` succeeded or was skipped through it (needs, transitively). */
function dependsOn(wf: Workflow, job: string, ancestor: string, seen = new Set<string>()): boolean {
  if (seen.has(job)) return false;
  seen.add(job);
  return needsOf(wf.jobs[job] as Job).some((n) => n === ancestor || dependsOn(wf, n, ancestor, seen));
}

const exampleFiles = readdirSync(EXAMPLES_DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

function refusalScript(): string {
  const wf = load(path.join(REPO_ROOT, '.github', 'workflows', 'go-container.yml'));
  const script = wf.jobs.plan?.steps?.find((s) => s.name === 'refuse pull request events')?.run;
  if (!script) throw new Error('go-container.yml: the plan job has no step "refuse pull request events"');
  return script;
}

function runRefusal(event: string): { status: number | null; out: string } {
  // As GitHub runs a `run:` step: bash --noprofile --norc -eo pipefail.
  const res = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', refusalScript()], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', EVENT: event },
    encoding: 'utf8',
  });
  return { status: res.status, out: `${res.stdout}${res.stderr}` };
}

describe('workflow permissions', () => {
  it('finds the examples and both reusable workflows', () => {
    expect(exampleFiles.length).toBeGreaterThanOrEqual(5);
    const called = new Set(
      exampleFiles.flatMap((f) =>
        Object.values(load(path.join(EXAMPLES_DIR, f)).jobs)
          .map((j) => calledWorkflow(j.uses))
          .filter((x): x is string => !!x)
          .map((x) => path.basename(x)),
      ),
    );
    expect([...called].sort()).toEqual(['go-container-pr.yml', 'go-container.yml']);
  });

  it.each(exampleFiles)(
    '%s: no job reachable on pull request events holds packages or id-token write',
    (file) => {
      const wf = load(path.join(EXAMPLES_DIR, file));
      if (!events(wf.on).some((e) => PR_EVENTS.includes(e))) return;
      const problems: string[] = [];
      for (const [id, job] of Object.entries(wf.jobs)) {
        const mine = writes(jobPermissions(wf, job, `${file} job ${id}`));
        for (const s of mine)
          if (s === 'packages' || s === 'id-token') problems.push(`${file} job ${id}: ${s}`);
        const called = calledWorkflow(job.uses);
        if (!called) continue;
        const inner = load(called);
        for (const [innerId, innerJob] of Object.entries(inner.jobs)) {
          for (const s of writes(jobPermissions(inner, innerJob, `${called} job ${innerId}`)))
            if (s === 'packages' || s === 'id-token')
              problems.push(`${file} job ${id} -> ${path.basename(called)} job ${innerId}: ${s}`);
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(exampleFiles)('%s: each job of a called workflow asks no more than the caller grants', (file) => {
    const wf = load(path.join(EXAMPLES_DIR, file));
    const problems: string[] = [];
    for (const [id, job] of Object.entries(wf.jobs)) {
      const called = calledWorkflow(job.uses);
      if (!called) continue;
      const granted = jobPermissions(wf, job, `${file} job ${id}`);
      const inner = load(called);
      for (const [innerId, innerJob] of Object.entries(inner.jobs)) {
        const over = beyond(jobPermissions(inner, innerJob, `${called} job ${innerId}`), granted);
        if (over.length) problems.push(`${path.basename(called)} job ${innerId}: ${over.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(exampleFiles)('%s: a concurrency group keyed on the image and the ref', (file) => {
    const wf = load(path.join(EXAMPLES_DIR, file));
    const group = typeof wf.concurrency === 'string' ? wf.concurrency : wf.concurrency?.group;
    expect(group).toEqual(expect.stringContaining('${{ github.ref }}'));
    // The examples' image is ghcr.io/<repository>.
    expect(group).toEqual(expect.stringContaining('ghcr.io/${{ github.repository }}'));
    for (const job of Object.values(wf.jobs)) {
      const called = calledWorkflow(job.uses);
      if (!called) continue;
      const inner = load(called).concurrency;
      const innerGroup = typeof inner === 'string' ? inner : inner?.group;
      // The same group in the caller and the called workflow would make each wait for the other.
      expect(innerGroup).toBeDefined();
      expect(innerGroup).not.toEqual(group);
    }
  });

  it('go-container-pr.yml never pushes, signs or logs in, and only its comment job can write', () => {
    const file = path.join(REPO_ROOT, '.github', 'workflows', 'go-container-pr.yml');
    const wf = load(file);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/docker\/login-action|push: true|sign: true|secrets\./);
    const writers = Object.entries(wf.jobs)
      .map(([id, job]) => [id, writes(jobPermissions(wf, job, `${file} job ${id}`))] as const)
      .filter(([, w]) => w.length > 0);
    expect(writers).toEqual([['comment', ['pull-requests']]]);
    // The job that builds the pull request's code checks out with no credentials and holds contents: read only.
    expect(jobPermissions(wf, wf.jobs.build as Job, 'build')).toEqual({ contents: 'read' });
  });

  it('go-container.yml refuses pull request events, pointing at go-container-pr.yml', () => {
    for (const event of PR_EVENTS) {
      const res = runRefusal(event);
      expect(res.status).toBe(1);
      expect(res.out).toContain('::error title=go-container::');
      expect(res.out).toContain('.github/workflows/go-container-pr.yml');
    }
    for (const event of ['push', 'workflow_dispatch', 'schedule', 'release'])
      expect(runRefusal(event)).toEqual({ status: 0, out: '' });
  });

  it('go-container.yml: every job that can write runs after the refusal (needs plan)', () => {
    const wf = load(path.join(REPO_ROOT, '.github', 'workflows', 'go-container.yml'));
    const plan = wf.jobs.plan as Job;
    expect(writes(jobPermissions(wf, plan, 'plan'))).toEqual([]);
    expect(plan.steps?.[0]?.name).toBe('refuse pull request events');
    const unguarded = Object.entries(wf.jobs)
      .filter(([id, job]) => id !== 'plan' && writes(jobPermissions(wf, job, id)).length > 0)
      .filter(([id]) => !dependsOn(wf, id, 'plan'))
      .map(([id]) => id);
    expect(unguarded).toEqual([]);
  });
});
