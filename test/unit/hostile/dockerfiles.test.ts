/**
 * The hostile Dockerfile corpus (test/hostile/dockerfiles, plus large ones generated here: 10 MB, 10k stages,
 * deep line continuations, megabyte lines, deeply nested variables) and .dockerignore files through the
 * linter directly and through discover + lint in a workspace: each returns (errors or findings) or throws
 * our typed error, within the guard, and nothing is written outside the temporary directory.
 *
 * The guard does not depend on the machine's load: a benign input of the same kind goes the same way just
 * before each case, and the case may take at most GUARD_FACTOR times that, scaled linearly to its size. A
 * super-linear blow-up fails; a busy machine slows both sides alike. A true hang never answers and is
 * stopped by jest's test timeout.
 */
import { contextFor } from '../../../src/core/pipeline.js';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lintDockerfile } from '../../../src/dockerfile/lint.js';
import { buildConfig } from '../../../src/config/config.js';
import { LocalHost } from '../../../src/host/local.js';
import { Context } from '../../../src/core/context.js';
import { discoverStage } from '../../../src/features/discover/stage.js';
import { lintStage } from '../../../src/features/lint/stage.js';
import { parseGoMod } from '../../../src/gomod/gomod.js';
import { HOSTILE_DIR, hostileCase } from '../../helpers/hostile.js';

const realTmp = os.tmpdir();
let parent: string;
const savedTmp = process.env.TMPDIR;

beforeAll(() => {
  parent = mkdtempSync(path.join(realTmp, 'gcc-hostile-'));
  // Whatever the code under test writes "to temp" lands here.
  process.env.TMPDIR = parent;
});
afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  rmSync(parent, { recursive: true, force: true });
});

const GOOD_GOMOD = 'module example.com/app\n\ngo 1.26\n';
const GOOD_DOCKERFILE =
  'FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\nUSER 65532\nENTRYPOINT ["/app"]\n';

const GUARD_FACTOR = 25;

/** The benign input a case is measured against: its text, of a size that takes long enough to measure. */
interface Baseline {
  readonly text: string;
  readonly bytes: number;
}

function baseline(text: string): Baseline {
  return { text, bytes: Buffer.byteLength(text) };
}

/** A plain, valid Dockerfile of 16 KB of go builds. */
const BENIGN_DOCKERFILE = baseline(
  `FROM golang:1.26 AS build\nWORKDIR /src\nCOPY . .\n${'RUN go build -o /out/app ./cmd/app\n'.repeat(470)}FROM scratch\nCOPY --from=build /out/app /app\nUSER 65532\nENTRYPOINT ["/app"]\n`,
);

/** A plain .dockerignore of 512 KB. */
const BENIGN_DOCKERIGNORE = baseline('node_modules/**/*.log\n'.repeat(24_000));

async function elapsedMs(fn: () => unknown): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/**
 * One hostile case under hostileCase's guards, timed against the same work on the benign input scaled to
 * the case's size (typed errors are an answer on both sides).
 */
async function caseAgainstBaseline(
  category: string,
  name: string,
  run: (input: string | Buffer) => unknown,
  input: string | Buffer,
  benign: Baseline,
): Promise<void> {
  const baselineMs = await elapsedMs(() =>
    Promise.resolve()
      .then(() => run(benign.text))
      .catch(() => undefined),
  );
  let caseMs = 0;
  await hostileCase(
    parent,
    category,
    name,
    async () => {
      const started = performance.now();
      try {
        await run(input);
      } finally {
        caseMs = performance.now() - started;
      }
    },
    null,
  );
  const scale = Math.max(1, Buffer.byteLength(input) / benign.bytes);
  const ratio = caseMs / (Math.max(baselineMs, 1) * scale);
  expect({ name, slowerThanBaseline: ratio > GUARD_FACTOR, caseMs, baselineMs }).toMatchObject({
    slowerThanBaseline: false,
  });
}

/** Discover + lint on a workspace holding these files; the workspace lives in the temp parent. */
async function discoverAndLint(files: Record<string, string | Buffer>): Promise<void> {
  const ws = mkdtempSync(path.join(parent, 'ws-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, name)), { recursive: true });
    writeFileSync(path.join(ws, name), content);
  }
  const config = buildConfig(() => undefined, {
    workspace: ws,
    defaultReportDir: path.join(ws, 'report'),
  });
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
    rmSync(ws, { recursive: true, force: true });
  }
}

/** Both ways in: the pure linter on the text, and discover + lint from a workspace. */
async function dockerfileCase(category: string, name: string, content: string | Buffer, direct = true) {
  if (direct) {
    const lint = (text: string | Buffer) => {
      const result = lintDockerfile({
        file: 'Dockerfile',
        text: typeof text === 'string' ? text : text.toString('utf8'),
        goMods: [{ file: 'go.mod', mod: parseGoMod(GOOD_GOMOD), hasGoSum: true }],
        contextEntries: ['Dockerfile', 'go.mod', 'main.go'],
      });
      // Either a Dockerfile with findings, or the reason it is not one.
      expect(result.errors.length > 0 || result.model.stages.length > 0).toBe(true);
      for (const f of result.findings) expect(f.line === undefined || f.line >= 1).toBe(true);
    };
    await caseAgainstBaseline(category, `${name} (lint)`, lint, content, BENIGN_DOCKERFILE);
  }
  const discover = (text: string | Buffer) =>
    discoverAndLint({ Dockerfile: text, 'go.mod': GOOD_GOMOD, 'main.go': 'package main\n' });
  await caseAgainstBaseline(category, `${name} (discover + lint)`, discover, content, BENIGN_DOCKERFILE);
}

const corpus = readdirSync(path.join(HOSTILE_DIR, 'dockerfiles')).sort();

describe('hostile Dockerfiles (test/hostile/dockerfiles)', () => {
  it('has a corpus', () => expect(corpus.length).toBeGreaterThanOrEqual(20));
  it.each(corpus)('%s', async (file) => {
    await dockerfileCase('Dockerfiles', file, readFileSync(path.join(HOSTILE_DIR, 'dockerfiles', file)));
  });
});

/** Large hostile Dockerfiles, made at test time (never committed). */
const GENERATED: readonly [string, () => string][] = [
  [
    '10 MB Dockerfile',
    () => {
      const line = 'RUN go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app && echo built\n';
      return `FROM golang:1.26 AS build\n${line.repeat(Math.ceil((10 * 1024 * 1024) / line.length))}`;
    },
  ],
  [
    '256 KB Dockerfile of go builds',
    () => {
      const line = 'RUN go build -o /out/app ./cmd/app\n';
      return `FROM golang:1.26 AS build\n${line.repeat(Math.floor((256 * 1024) / line.length))}FROM scratch\nCOPY --from=build /out/app /app\n`;
    },
  ],
  [
    '10k stages, each FROM the one before',
    () => {
      const parts = ['FROM golang:1.26 AS s0\nRUN go build -o /app .\n'];
      for (let i = 1; i < 10_000; i++) parts.push(`FROM s${i - 1} AS s${i}\nRUN go build -o /app${i} .\n`);
      return parts.join('');
    },
  ],
  [
    '2000 stages copying from each other',
    () => {
      const parts = ['FROM golang:1.26 AS s0\n'];
      for (let i = 1; i < 2000; i++)
        parts.push(`FROM scratch AS s${i}\nCOPY --from=s${i - 1} / /\nENTRYPOINT ["/app"]\n`);
      return parts.join('');
    },
  ],
  [
    '5000 nested line continuations in one RUN',
    () => `FROM golang:1.26\nRUN echo start \\\n${'  && go build ./... \\\n'.repeat(5000)}  && echo end\n`,
  ],
  ['50k bare continuation lines', () => `FROM golang:1.26\nRUN \\\n${'\\\n'.repeat(50_000)}`],
  [
    '50k comment lines inside a continuation',
    () => `FROM golang:1.26\nRUN echo a \\\n${'# comment\n'.repeat(50_000)}  && echo b\n`,
  ],
  ['256 KB single RUN line', () => `FROM golang:1.26\nRUN ${'go build '.repeat(32_000)}\n`],
  ['1 MB single word', () => `FROM golang:1.26\nRUN ${'a'.repeat(1_000_000)}\n`],
  [
    '5000-deep nested variable default',
    () => `ARG X=${'${X:-'.repeat(5000)}x${'}'.repeat(5000)}\nFROM golang:\${X}\nRUN echo \${X}\n`,
  ],
  ['5000-deep $( ) in a RUN', () => `FROM golang:1.26\nRUN ${'$('.repeat(5000)}id${')'.repeat(5000)}\n`],
  ['10k unbalanced quotes', () => `FROM golang:1.26\nRUN ${'"\''.repeat(10_000)}\n`],
  [
    '1000 heredocs',
    () =>
      `FROM golang:1.26\n${Array.from({ length: 1000 }, (_, i) => `RUN <<E${i}\ngo build\nE${i}\n`).join('')}`,
  ],
  ['20k ARGs', () => `${'ARG A=1\n'.repeat(20_000)}FROM golang:1.26\n`],
  ['1 MB of NUL bytes after FROM', () => `FROM golang:1.26\n${'\0'.repeat(1_000_000)}\nRUN go build\n`],
  ['100k lone surrogates', () => `FROM golang:1.26\nRUN echo ${'\ud800'.repeat(100_000)}\n`],
];

describe('hostile Dockerfiles (generated)', () => {
  it.each(GENERATED.map(([name]) => name))('%s', async (name) => {
    const make = GENERATED.find(([n]) => n === name)?.[1] as () => string;
    // discover + lint only: it runs the same linter, and the large cases are slow enough once.
    await dockerfileCase('Dockerfiles (generated)', name, make(), false);
  });

  it('the linter itself refuses a 10 MB text at once, with the reason', async () => {
    const text = `FROM golang:1.26\n${'RUN go build\n'.repeat(Math.ceil((10 * 1024 * 1024) / 13))}`;
    const lint = (t: string | Buffer) => {
      const r = lintDockerfile({ file: 'Dockerfile', text: t.toString() });
      expect(r.findings).toEqual([]);
      expect(r.errors[0]).toMatch(/^Dockerfile is \d+ characters long; the limit is 4194304/);
    };
    await caseAgainstBaseline(
      'Dockerfiles (generated)',
      '10 MB Dockerfile (lint)',
      lint,
      text,
      BENIGN_DOCKERFILE,
    );
  });

  it('a 10 MB Dockerfile is refused by discover as an input error naming dockerfile', async () => {
    const big = 'RUN go build\n'.repeat(Math.ceil((10 * 1024 * 1024) / 13));
    const err = await discoverAndLint({ Dockerfile: `FROM golang:1.26\n${big}` }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/^input 'dockerfile': .*Dockerfile is \d+ bytes; the limit is/);
  });
});

const ignores = readdirSync(path.join(HOSTILE_DIR, 'dockerignore')).sort();

describe('hostile .dockerignore files (test/hostile/dockerignore)', () => {
  it.each(ignores)('%s', async (file) => {
    const text = readFileSync(path.join(HOSTILE_DIR, 'dockerignore', file));
    const run = (ignore: string | Buffer) =>
      discoverAndLint({ Dockerfile: GOOD_DOCKERFILE, '.dockerignore': ignore, 'go.mod': GOOD_GOMOD });
    await caseAgainstBaseline('.dockerignore', file, run, text, BENIGN_DOCKERIGNORE);
  });
  it('a 1 MB .dockerignore of backtracking patterns', async () => {
    const text = `${'*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\n'.repeat(30_000)}${'**/'.repeat(1000)}x\n`;
    const run = (ignore: string | Buffer) =>
      discoverAndLint({
        Dockerfile: GOOD_DOCKERFILE,
        '.dockerignore': ignore,
        'go.mod': GOOD_GOMOD,
        [`${'a'.repeat(200)}`]: 'x',
      });
    await caseAgainstBaseline(
      '.dockerignore',
      '1 MB of backtracking patterns',
      run,
      text,
      BENIGN_DOCKERIGNORE,
    );
  });
});
