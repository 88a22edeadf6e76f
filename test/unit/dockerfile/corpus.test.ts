/**
 * The corpus: realistic Go Dockerfiles of our own (test/fixtures/dockerfiles/<name>/), each linted the way
 * the lint stage does (its .dockerignore, go.mod/go.sum and context entries) and compared with
 * <name>/expected.txt (`file:line:col CODE severity`, one per line). The good-* ones have no warning or
 * error. Regenerate after a deliberate change with UPDATE_EXPECTED=1, then review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintDockerfile } from '../../../src/dockerfile/lint.js';
import { RULES } from '../../../src/dockerfile/rules/index.js';
import { parseGoMod } from '../../../src/gomod/gomod.js';
import { contextEntries, lintInputFrom } from '../../../src/features/lint/stage.js';

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/dockerfiles');
const names = readdirSync(CORPUS)
  .filter((n) => existsSync(path.join(CORPUS, n, 'Dockerfile')))
  .sort();

async function lintFixture(name: string): Promise<string[]> {
  const dir = path.join(CORPUS, name);
  const read = (f: string) =>
    existsSync(path.join(dir, f)) ? readFileSync(path.join(dir, f), 'utf8') : undefined;
  const ignore = read('.dockerignore');
  const goMod = read('go.mod');
  const input = await lintInputFrom(
    {
      dockerfile: 'Dockerfile',
      dockerfileText: read('Dockerfile') ?? '',
      ...(ignore !== undefined ? { dockerignore: { file: '.dockerignore', text: ignore } } : {}),
      goMods: goMod !== undefined ? [{ file: 'go.mod', mod: parseGoMod(goMod) }] : [],
    },
    { workspace: dir, contextDir: dir, target: '', platforms: [], buildArgs: {} },
  );
  const r = lintDockerfile(input);
  expect(r.errors).toEqual([]);
  return r.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.code} ${f.severity}`);
}

describe('Dockerfile corpus', () => {
  it('has at least 30 Dockerfiles, good and bad', () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
    expect(names.filter((n) => n.startsWith('good-')).length).toBeGreaterThanOrEqual(10);
    expect(names.filter((n) => n.startsWith('bad-')).length).toBeGreaterThanOrEqual(15);
  });

  it.each(names)('%s matches expected.txt', async (name) => {
    const got = await lintFixture(name);
    const file = path.join(CORPUS, name, 'expected.txt');
    if (process.env.UPDATE_EXPECTED === '1') writeFileSync(file, got.length ? `${got.join('\n')}\n` : '');
    const expected = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect([...got].sort()).toEqual([...expected].sort());
    if (name.startsWith('good-')) expect(got.filter((l) => / (error|warning)$/.test(l))).toEqual([]);
  });

  it('exercises every rule in some bad Dockerfile', async () => {
    const seen = new Set<string>();
    for (const n of names.filter((x) => x.startsWith('bad-'))) {
      for (const l of readFileSync(path.join(CORPUS, n, 'expected.txt'), 'utf8').split('\n'))
        seen.add(l.split(' ')[1] ?? '');
    }
    const missing = RULES.map((r) => r.code).filter((c) => !seen.has(c) && c !== 'GC304');
    expect(missing).toEqual([]);
  });

  it('reads context entries with directories marked', async () => {
    expect(await contextEntries(path.join(CORPUS, 'good-vendor'))).toEqual(
      expect.arrayContaining(['Dockerfile', 'vendor/', '.dockerignore']),
    );
  });
});
