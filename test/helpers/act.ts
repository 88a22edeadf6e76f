/**
 * Runs workflows with nektos/act on the host (`-P ubuntu-latest=-self-hosted`): the action is resolved from this
 * working tree through `--local-repository`, act's cache server (the v1 cache protocol) and artifact server
 * listen on 127.0.0.1. act's JSON log (`--json`) is parsed into what a workflow run shows: step outputs,
 * workflow commands (annotations), job summaries, the job results and the run's exit status.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTestEnv } from './env.js';
import { REPO_ROOT } from './action.js';

/** The name workflows use for this action (`uses: go-container-ci/go-container-ci@v0`). */
export const ACTION_REF = 'go-container-ci/go-container-ci@v0';
/** Stand-ins for actions that live on github.com: owner/repo → test/fixtures/actions/<dir> (see its README). */
export const STAND_INS: Readonly<Record<string, string>> = {
  'docker/setup-buildx-action': 'setup-buildx',
  'docker/login-action': 'login',
  'actions/upload-artifact': 'upload-artifact',
  'actions/download-artifact': 'download-artifact',
  'github/codeql-action': 'codeql-action',
  'sigstore/cosign-installer': 'cosign-installer',
  'docker/setup-qemu-action': 'setup-qemu',
};

/** Workflow files whose `uses:` lines are mapped: ours, the examples, and the one run. */
function workflowFiles(extra: string): string[] {
  const dirs = [path.join(REPO_ROOT, '.github', 'workflows'), path.join(REPO_ROOT, 'examples', 'workflows')];
  const files = dirs.flatMap((d) => readdirSync(d).map((f) => path.join(d, f)));
  return statSync(extra).isDirectory()
    ? [...files, ...readdirSync(extra).map((f) => path.join(extra, f))]
    : [...files, extra];
}

/** `owner/repo@ref` of every `uses:` in the texts (paths inside repositories dropped). Pure. */
export function usedRepositories(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts)
    for (const m of text.matchAll(
      /^\s*-?\s*uses:\s*([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)(?:\/[^@\s]*)?@([^\s#]+)/gm,
    ))
      out.add(`${m[1]}/${m[2]}@${m[3]}`);
  return out;
}

/** The workflow that uses the action by name on a copy of examples/hello-api. */
export const ACT_EXAMPLE_WORKFLOW = path.join(REPO_ROOT, 'test', 'fixtures', 'act', 'action-by-name.yml');
export const EXAMPLE_DIR = path.join(REPO_ROOT, 'examples', 'hello-api');

/** Job env for ACT_EXAMPLE_WORKFLOW: the environment's registry, builder, module proxy and trivy database. */
export function actExampleEnv(tag: string, extra: Record<string, string> = {}): Record<string, string> {
  const env = loadTestEnv();
  return {
    GCC_EXAMPLE_DIR: EXAMPLE_DIR,
    GCC_TAG: tag,
    GCC_BUILDER: env.builder,
    GCC_REGISTRY: env.registry,
    GCC_TRIVY_CACHE: env.trivyCacheDir,
    GCC_LAYER_CACHE: 'auto',
    GCC_SKIP: '',
    GCC_FAIL_ON: 'never',
    // The fixture modules come from the environment's module proxy (a job variable the Dockerfile declares).
    GOPROXY: env.goproxyUrl,
    ...extra,
  };
}

export interface ActLogLine {
  readonly msg?: string;
  readonly level?: string;
  readonly job?: string;
  readonly jobID?: string;
  readonly stepID?: readonly string[];
  readonly command?: string;
  readonly arg?: string;
  readonly name?: string;
  readonly content?: string;
  readonly kvPairs?: Readonly<Record<string, string>>;
  readonly raw_output?: boolean;
  readonly stepResult?: string;
  readonly jobResult?: string;
  readonly executionTime?: number;
}

export interface ActRun {
  readonly exitCode: number;
  readonly durationMs: number;
  readonly lines: readonly ActLogLine[];
  /** Everything the steps printed, in order. */
  readonly output: string;
  /** step id → output name → value (`::set-output` as act reports GITHUB_OUTPUT). */
  readonly outputs: Readonly<Record<string, Record<string, string>>>;
  /** step id → the job summary the step wrote. */
  readonly summaries: Readonly<Record<string, string>>;
  /** Annotations (workflow commands error/warning/notice) with their properties. */
  readonly annotations: readonly { level: string; message: string; props: Record<string, string> }[];
  /** job id → success/failure. */
  readonly jobs: Readonly<Record<string, string>>;
  /** step id → success/failure/skipped. */
  readonly steps: Readonly<Record<string, string>>;
}

export interface ActOptions {
  /** The repository act runs on (`-C`); made a git repository if it is none. */
  readonly projectDir: string;
  /** Workflow file (or directory) relative to projectDir or absolute. */
  readonly workflow: string;
  readonly event: string;
  /** A payload for the event (written to event.json, passed with -e). */
  readonly payload?: unknown;
  readonly env?: Readonly<Record<string, string>>;
  readonly secrets?: Readonly<Record<string, string>>;
  readonly vars?: Readonly<Record<string, string>>;
  readonly inputs?: Readonly<Record<string, string>>;
  readonly job?: string;
  /** act's cache server directory: share it between runs to restore what an earlier run saved. */
  readonly cacheServerDir: string;
  /** Extra `owner/repo@ref=dir` mappings (the action and the stand-ins are always mapped). */
  readonly localRepositories?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
  /**
   * The runner's ACTIONS_RUNTIME_TOKEN. act takes it from its own environment (not --env), and makes a JWT
   * with the claims BuildKit's gha backend wants when there is none.
   */
  readonly runtimeToken?: string;
}

export function actBinary(): string {
  return path.join(loadTestEnv().binDir, 'act');
}

/** A git repository with a copy of `source` (act reads the repository's name, ref and sha from git). */
export function gitRepoCopy(source: string, prefix = 'gcc-act-repo-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cpSync(source, dir, { recursive: true });
  return dir;
}

function localRepositoryArgs(workflow: string, extra: Readonly<Record<string, string>>): string[] {
  const map: Record<string, string> = { [ACTION_REF]: REPO_ROOT };
  const texts = workflowFiles(workflow).map((f) => readFileSync(f, 'utf8'));
  for (const ref of usedRepositories(texts)) {
    const repo = ref.slice(0, ref.indexOf('@'));
    if (repo === 'go-container-ci/go-container-ci') map[ref] = REPO_ROOT;
    const standIn = STAND_INS[repo];
    if (standIn) map[ref] = path.join(REPO_ROOT, 'test', 'fixtures', 'actions', standIn);
  }
  Object.assign(map, extra);
  return Object.entries(map).flatMap(([ref, dir]) => ['--local-repository', `${ref}=${dir}`]);
}

async function runGit(cwd: string, args: string[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn('git', args, { cwd, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`git ${args[0]} exited ${code}`)),
    );
  });
}

/** A copy of a repository for act to run on, and a cache server directory for its runs; remove() cleans up. */
export interface ActScene {
  readonly project: string;
  readonly cacheDir: string;
  remove(): void;
}

export function actScene(source = EXAMPLE_DIR, prefix = 'gcc-act-'): ActScene {
  const project = gitRepoCopy(source, `${prefix}repo-`);
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), `${prefix}cache-`));
  return {
    project,
    cacheDir,
    remove() {
      rmSync(project, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}

/** Registers a scene on examples/hello-api for the enclosing describe block (made before, removed after). */
export function useActScene(prefix: string): () => ActScene {
  let scene: ActScene | undefined;
  beforeAll(() => {
    scene = actScene(EXAMPLE_DIR, prefix);
  });
  afterAll(() => scene?.remove());
  return () => {
    if (!scene) throw new Error('the act scene is made in beforeAll');
    return scene;
  };
}

/** Makes dir a git repository with one commit on main (idempotent). */
export async function ensureGitRepo(dir: string): Promise<void> {
  const env = ['-c', 'user.email=act@example.invalid', '-c', 'user.name=act', '-c', 'commit.gpgsign=false'];
  await runGit(dir, ['rev-parse', '--git-dir']).catch(async () => {
    await runGit(dir, ['init', '-q', '-b', 'main']);
    await runGit(dir, ['add', '-A']);
    await runGit(dir, [...env, 'commit', '-q', '-m', 'fixture']);
  });
}

export async function runAct(opts: ActOptions): Promise<ActRun> {
  await ensureGitRepo(opts.projectDir);
  const workflowPath = path.resolve(opts.projectDir, opts.workflow);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'gcc-act-'));
  const args = [
    opts.event,
    '--json',
    // Every runner label the workflows name runs on this host.
    ...['ubuntu-latest', 'ubuntu-24.04', 'ubuntu-24.04-arm'].flatMap((l) => ['-P', `${l}=-self-hosted`]),
    '-C',
    opts.projectDir,
    '-W',
    workflowPath,
    '--action-cache-path',
    path.join(scratch, 'actions'),
    '--cache-server-addr',
    '127.0.0.1',
    '--cache-server-path',
    opts.cacheServerDir,
    '--artifact-server-addr',
    '127.0.0.1',
    '--artifact-server-path',
    path.join(scratch, 'artifacts'),
    '--artifact-server-port',
    '0',
    // Nothing is fetched from github.com: every action is local.
    '--action-offline-mode',
    '--secret-file',
    path.join(scratch, 'no-secrets'),
    '--var-file',
    path.join(scratch, 'no-vars'),
    '--env-file',
    path.join(scratch, 'no-env'),
    '--input-file',
    path.join(scratch, 'no-inputs'),
    ...localRepositoryArgs(workflowPath, opts.localRepositories ?? {}),
  ];
  if (opts.job) args.push('-j', opts.job);
  if (opts.payload !== undefined) {
    const file = path.join(scratch, 'event.json');
    writeFileSync(file, JSON.stringify(opts.payload));
    args.push('-e', file);
  }
  for (const [k, v] of Object.entries(opts.env ?? {})) args.push('--env', `${k}=${v}`);
  for (const [k, v] of Object.entries(opts.secrets ?? {})) args.push('--secret', `${k}=${v}`);
  for (const [k, v] of Object.entries(opts.vars ?? {})) args.push('--var', `${k}=${v}`);
  for (const [k, v] of Object.entries(opts.inputs ?? {})) args.push('--input', `${k}=${v}`);
  mkdirSync(opts.cacheServerDir, { recursive: true });

  const env = loadTestEnv();
  const started = performance.now();
  const child = spawn(actBinary(), args, {
    cwd: opts.projectDir,
    env: {
      // act passes its own environment to host-mode steps: nothing of an outer runner (when the tests
      // themselves run in GitHub Actions) may reach the inner one.
      ...Object.fromEntries(
        Object.entries(process.env).filter(([k]) => !/^(GITHUB_|ACTIONS_|RUNNER_|INPUT_|STATE_)/.test(k)),
      ),
      PATH: `${env.binDir}${path.delimiter}${process.env.PATH ?? ''}`,
      // No Docker is used (host mode); act's own update check stays off.
      ACT_DISABLE_VERSION_CHECK: '1',
      ...(opts.runtimeToken !== undefined ? { ACTIONS_RUNTIME_TOKEN: opts.runtimeToken } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr.on('data', (d: Buffer) => (text += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 600_000);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  clearTimeout(timer);
  return parseActLog(text, exitCode, Math.round(performance.now() - started));
}

/** Parses act's `--json` log. Lines that are not JSON (act's own messages) are kept as output. Pure. */
export function parseActLog(text: string, exitCode: number, durationMs: number): ActRun {
  const lines: ActLogLine[] = [];
  let output = '';
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    let parsed: ActLogLine;
    try {
      parsed = JSON.parse(raw) as ActLogLine;
    } catch {
      output += `${raw}\n`;
      continue;
    }
    lines.push(parsed);
    if (parsed.raw_output) output += parsed.msg ?? '';
  }
  const outputs: Record<string, Record<string, string>> = {};
  const summaries: Record<string, string> = {};
  const annotations: ActRun['annotations'][number][] = [];
  const jobs: Record<string, string> = {};
  const steps: Record<string, string> = {};
  for (const l of lines) {
    const step = (l.stepID ?? []).join('/');
    const key = `${l.jobID ?? ''}/${step}`;
    if (l.command === 'set-output' && l.name) (outputs[step] ??= {})[l.name] = l.arg ?? '';
    if (l.command === 'summary') summaries[step] = (summaries[step] ?? '') + (l.content ?? '');
    if (l.command && ['error', 'warning', 'notice'].includes(l.command))
      annotations.push({ level: l.command, message: l.arg ?? '', props: { ...l.kvPairs } });
    if (l.jobResult && l.jobID) jobs[l.jobID] = l.jobResult;
    if (l.stepResult && step && !step.startsWith('--')) steps[key] = l.stepResult;
  }
  return { exitCode, durationMs, lines, output, outputs, summaries, annotations, jobs, steps };
}
