/**
 * Hostile go.mod files (test/hostile/gomod, plus huge ones generated here) through the parser and through
 * discover + lint, and hostile action inputs (test/hostile/inputs.json: shell metacharacters, newlines, huge
 * values, invalid platforms/tags/severities, paths escaping the workspace through ../, absolute paths and
 * symlinks) through the config: each returns, or throws our typed error naming the input, within the guard,
 * writing nothing outside the temporary directory. Free-text values reach buildx as one argv element.
 */
import { contextFor } from '../../../src/core/pipeline.js';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseGoMod } from '../../../src/gomod/gomod.js';
import { buildConfig, ConfigError } from '../../../src/config/config.js';
import { InputError } from '../../../src/config/errors.js';
import { LocalHost } from '../../../src/host/local.js';
import { Context } from '../../../src/core/context.js';
import { discoverStage } from '../../../src/features/discover/stage.js';
import { lintStage } from '../../../src/features/lint/stage.js';
import { buildInputFields, extraOutputs } from '../../../src/tools/buildx-inputs.js';
import { buildxBuildArgs } from '../../../src/tools/buildx.js';
import { HOSTILE_DIR, hostileCase } from '../../helpers/hostile.js';

let parent: string;
const savedTmp = process.env.TMPDIR;
beforeAll(() => {
  parent = mkdtempSync(path.join(os.tmpdir(), 'gcc-hostile-'));
  process.env.TMPDIR = parent;
});
afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  rmSync(parent, { recursive: true, force: true });
});

const DOCKERFILE =
  'FROM golang:1.26 AS build\nWORKDIR /src\nCOPY go.mod ./\nRUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n';

async function discoverAndLint(ws: string, inputs: Record<string, string> = {}): Promise<void> {
  const config = buildConfig((n) => inputs[n], { workspace: ws, defaultReportDir: path.join(ws, 'report') });
  const host = new LocalHost({
    reportDir: config.reportPath,
    cacheDir: path.join(parent, 'cache'),
    write: () => undefined,
  });
  const ctx = new Context(config, host);
  try {
    await discoverStage.run(ctx);
    await lintStage.run(contextFor(lintStage, ctx));
  } finally {
    await host.dispose();
  }
}

function workspaceWith(files: Record<string, string | Buffer>): string {
  const ws = mkdtempSync(path.join(parent, 'ws-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, name)), { recursive: true });
    writeFileSync(path.join(ws, name), content);
  }
  return ws;
}

async function goModCase(category: string, name: string, content: string | Buffer) {
  const text = typeof content === 'string' ? content : content.toString('utf8');
  await hostileCase(parent, category, `${name} (parse)`, () => {
    const mod = parseGoMod(text);
    for (const r of mod.requires) expect(r.line).toBeGreaterThanOrEqual(1);
    for (const p of mod.problems) expect(typeof p.message).toBe('string');
  });
  const ws = workspaceWith({ Dockerfile: DOCKERFILE, 'go.mod': content, 'sub/go.mod': content });
  try {
    await hostileCase(parent, category, `${name} (discover + lint)`, () => discoverAndLint(ws));
  } finally {
    rmSync(ws, { recursive: true, force: true });
  }
}

const goMods = readdirSync(path.join(HOSTILE_DIR, 'gomod')).sort();

describe('hostile go.mod files (test/hostile/gomod)', () => {
  it('has a corpus', () => expect(goMods.length).toBeGreaterThanOrEqual(10));
  it.each(goMods)('%s', async (file) => {
    await goModCase('go.mod', file, readFileSync(path.join(HOSTILE_DIR, 'gomod', file)));
  });
});

const GENERATED_GOMODS: readonly [string, () => string][] = [
  ['2 MB require line', () => `module x\nrequire ${'a'.repeat(2 * 1024 * 1024)} v1.0.0\n`],
  ['2 MB quoted string never closed', () => `module x\nrequire "${'a'.repeat(2 * 1024 * 1024)}\n`],
  [
    '50k requires in a block never closed',
    () =>
      `module x\ngo 1.26\nrequire (\n${Array.from({ length: 50_000 }, (_, i) => `\texample.com/m${i} v1.0.${i}\n`).join('')}`,
  ],
  ['100k opening parentheses', () => `module x\nrequire ${'('.repeat(100_000)}\n`],
  ['100k replace arrows', () => `module x\nreplace a ${'=> '.repeat(100_000)}\n`],
  ['200k empty lines and comments', () => `${'//\n\n'.repeat(100_000)}module x\n`],
];

describe('hostile go.mod files (generated)', () => {
  it.each(GENERATED_GOMODS.map(([n]) => n))('%s', async (name) => {
    const make = GENERATED_GOMODS.find(([n]) => n === name)?.[1] as () => string;
    await goModCase('go.mod (generated)', name, make());
  });

  it('a 5 MB go.mod is an input error naming the context, not a crash', async () => {
    const ws = workspaceWith({
      Dockerfile: DOCKERFILE,
      'go.mod': `module x\n${'// padding\n'.repeat(500_000)}`,
    });
    const err = await discoverAndLint(ws).catch((e: unknown) => e);
    rmSync(ws, { recursive: true, force: true });
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^input 'context': .*go\.mod is \d+ bytes; the limit is/);
  });
});

interface InputCase {
  readonly name: string;
  readonly category: string;
  readonly inputs: Record<string, string | { repeat: string; times: number; prefix: string; suffix: string }>;
  /** The input the ConfigError must name, or null when the inputs are accepted. */
  readonly error: string | null;
  /** Must be one exact element of the buildx argument array. */
  readonly argv?: string;
  readonly setup?: 'symlinks';
  /** The error comes from this stage instead of the config. */
  readonly stage?: 'discover';
}

const inputCases = (
  JSON.parse(readFileSync(path.join(HOSTILE_DIR, 'inputs.json'), 'utf8')) as { cases: InputCase[] }
).cases;

function expand(v: InputCase['inputs'][string]): string {
  return typeof v === 'string' ? v : `${v.prefix}${v.repeat.repeat(v.times)}${v.suffix}`;
}

/** A workspace with a Dockerfile; with 'symlinks', links that point out of it (and a loop). */
function inputWorkspace(setup?: 'symlinks'): { ws: string; outside: string } {
  const root = mkdtempSync(path.join(parent, 'inputs-'));
  const ws = path.join(root, 'workspace');
  const outside = path.join(root, 'outside');
  mkdirSync(ws);
  mkdirSync(outside);
  writeFileSync(path.join(ws, 'Dockerfile'), DOCKERFILE);
  writeFileSync(path.join(ws, 'go.mod'), 'module x\n');
  writeFileSync(path.join(outside, 'Dockerfile'), DOCKERFILE);
  if (setup === 'symlinks') {
    symlinkSync(outside, path.join(ws, 'link-out'));
    symlinkSync('/etc/passwd', path.join(ws, 'passwd-link'));
    symlinkSync('loop-b', path.join(ws, 'loop-a'));
    symlinkSync('loop-a', path.join(ws, 'loop-b'));
    mkdirSync(path.join(ws, '..foo'));
  }
  return { ws, outside };
}

describe('hostile action inputs (test/hostile/inputs.json)', () => {
  it('has a corpus in every category', () => {
    const categories = new Set(inputCases.map((c) => c.category));
    expect(categories.size).toBeGreaterThanOrEqual(5);
    expect(inputCases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(inputCases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { ws, outside } = inputWorkspace(c.setup);
    const inputs = Object.fromEntries(Object.entries(c.inputs).map(([k, v]) => [k, expand(v)]));
    const before = readdirSync(outside);
    try {
      await hostileCase(parent, `inputs: ${c.category}`, c.name, async () => {
        let config;
        const masked: string[] = [];
        try {
          config = buildConfig(
            (n) => inputs[n],
            { workspace: ws, defaultReportDir: path.join(ws, 'report') },
            (s) => masked.push(s),
          );
        } catch (e) {
          expect(e).toBeInstanceOf(ConfigError);
          const named = (e as ConfigError).errors.map((x) => x.input);
          expect({ case: c.name, named }).toEqual({ case: c.name, named: [c.error] });
          // The message says which input and never echoes a secret's value.
          expect((e as Error).message).toContain(`input '${c.error}'`);
          if (c.inputs['github-token'] !== undefined)
            expect((e as Error).message).not.toContain(expand(c.inputs['github-token']));
          // A secret input is masked line by line before it is parsed, and no line of it is quoted back.
          const secretLines = (inputs.secrets ?? '').split('\n').filter((l) => l.trim().length >= 8);
          for (const line of secretLines) {
            expect((e as Error).message).not.toContain(line.trim().slice(0, 20));
            expect(masked).toContain(line.trim());
          }
          throw e;
        }
        if (c.stage === 'discover') {
          const err = await discoverAndLint(ws, inputs).catch((x: unknown) => x);
          expect(err).toBeInstanceOf(InputError);
          expect((err as InputError).input).toBe(c.error);
          throw err;
        }
        expect({ case: c.name, accepted: true }).toEqual({ case: c.name, accepted: c.error === null });
        const args = buildxBuildArgs({
          contextDir: config.contextDir,
          dockerfile: config.dockerfilePath,
          ...(config.target ? { target: config.target } : {}),
          platforms: config.platforms,
          tags: config.tags,
          outputs: [{ kind: 'cacheonly' }, ...extraOutputs(config)],
          buildArgs: config.buildArgs,
          labels: config.labels,
          metadataFile: path.join(parent, 'metadata.json'),
          ...(config.provenance ? { provenance: config.provenance } : {}),
          ...buildInputFields(config),
        });
        if (c.argv !== undefined) expect(args).toContain(c.argv);
        // The context is always after "--": it can never be read as an option.
        expect(args[args.length - 2]).toBe('--');
        expect(path.isAbsolute(args[args.length - 1] as string)).toBe(true);
      });
    } finally {
      expect(readdirSync(outside)).toEqual(before);
      rmSync(path.dirname(ws), { recursive: true, force: true });
    }
  });
});
