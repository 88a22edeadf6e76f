// The real-Dockerfile corpus (test/corpus/<owner>__<repo>/): lints each entry the way the lint stage does and
// judges every warning/error against the reviewed test/corpus/expectations.json. Used by the corpus test and
// by `npm run bundle` (the generated precision/recall section of docs/rules/README.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { replaceSection } from './sections.js';
import { parseGoMod, type GoMod } from '../src/gomod/gomod.js';
import type { GoImportScan, GoPackage } from '../src/dockerfile/goimports.js';
import { lintDockerfile } from '../src/dockerfile/lint.js';
import type { Finding } from '../src/core/finding.js';
import { findGoMods } from '../src/features/discover/stage.js';
import { lintInputFrom } from '../src/features/lint/stage.js';

export type Verdict = 'right' | 'wrong';

export interface Judged {
  readonly verdict: Verdict;
  readonly reason: string;
}

/** Per entry: `CODE@line` of each reviewed warning/error, and the findings a reviewer expected but did not get. */
export interface EntryExpectations {
  readonly findings: Readonly<Record<string, Judged>>;
  readonly missed?: Readonly<Record<string, string>>;
}

export type Expectations = Readonly<Record<string, EntryExpectations>>;

export interface EntryResult {
  readonly name: string;
  /** Warning/error findings as `CODE@line`, with the severity and message. */
  readonly findings: readonly { key: string; severity: string; message: string }[];
  readonly infos: number;
}

export function corpusNames(root: string): string[] {
  return readdirSync(root)
    .filter((n) => existsSync(path.join(root, n, 'Dockerfile')))
    .sort();
}

export function readExpectations(root: string): Expectations {
  const file = path.join(root, 'expectations.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Expectations) : {};
}

/** Lints one entry: its Dockerfile, .dockerignore, the go.mod files and Go import lists under context/. */
export async function lintEntry(root: string, name: string): Promise<readonly Finding[]> {
  const dir = path.join(root, name);
  const contextDir = path.join(dir, 'context');
  const read = (f: string) =>
    existsSync(path.join(dir, f)) ? readFileSync(path.join(dir, f), 'utf8') : undefined;
  const ignore = read('.dockerignore');
  const goMods = [];
  for (const file of await findGoMods(contextDir)) {
    goMods.push({
      file: path.relative(dir, file).split(path.sep).join('/'),
      mod: parseGoMod(readFileSync(file, 'utf8')),
    });
  }
  const input = await lintInputFrom(
    {
      dockerfile: 'Dockerfile',
      dockerfileText: read('Dockerfile') ?? '',
      ...(ignore !== undefined ? { dockerignore: { file: '.dockerignore', text: ignore } } : {}),
      goMods,
    },
    { workspace: dir, contextDir, target: '', platforms: [], buildArgs: {} },
  );
  // The context's real top-level names (the stored context/ holds only what the linter reads).
  const entries = (read('context.txt') ?? '').split('\n').filter((l) => l !== '');
  const goImports = storedImports(read('go-packages.json'), goMods, contextDir, dir);
  const r = lintDockerfile({ ...input, contextEntries: entries, ...(goImports ? { goImports } : {}) });
  if (r.errors.length > 0) throw new Error(`${name}: ${r.errors.join('; ')}`);
  return r.findings;
}

/**
 * The Go import scan of an entry from its stored import lists (go-packages.json: what scanGoContext reads from
 * the Go files of the real context, kept without the code) and the modules of its go.mod files.
 */
function storedImports(
  json: string | undefined,
  goMods: readonly { file: string; mod: GoMod }[],
  contextDir: string,
  dir: string,
): GoImportScan | undefined {
  if (json === undefined) return undefined;
  const stored = JSON.parse(json) as { packages: GoPackage[] };
  const contextRel = path.relative(dir, contextDir).split(path.sep).join('/');
  const modules = goMods.flatMap((m) => {
    const modPath = m.mod.module?.value;
    const modDir = path.posix.dirname(m.file);
    const rel = modDir === contextRel ? '' : modDir.slice(contextRel.length + 1);
    return modPath ? [{ dir: rel, path: modPath }] : [];
  });
  return { modules, packages: stored.packages, truncated: false };
}

export async function lintCorpus(root: string): Promise<EntryResult[]> {
  const out: EntryResult[] = [];
  for (const name of corpusNames(root)) {
    const findings = await lintEntry(root, name);
    out.push({
      name,
      findings: findings
        .filter((f) => f.severity !== 'info' && f.file === 'Dockerfile')
        .map((f) => ({ key: `${f.code}@${f.line ?? 0}`, severity: f.severity, message: f.message }))
        .concat(
          findings
            .filter((f) => f.severity !== 'info' && f.file !== 'Dockerfile')
            .map((f) => ({
              key: `${f.code}@${f.file}:${f.line ?? 0}`,
              severity: f.severity,
              message: f.message,
            })),
        ),
      infos: findings.filter((f) => f.severity === 'info').length,
    });
  }
  return out;
}

export interface Judgement {
  readonly entries: number;
  readonly right: number;
  readonly wrong: number;
  readonly wrongErrors: number;
  readonly missed: number;
  /** Findings with no review: `entry CODE@line severity message`. */
  readonly unreviewed: readonly string[];
  /** Findings reviewed wrong that still fire (each counts in `wrong`). */
  readonly stillWrong: readonly string[];
  /** Reviewed findings that no longer fire (the review is stale). */
  readonly gone: readonly string[];
  /** Recorded misses that now fire (move them to findings). */
  readonly nowFound: readonly string[];
  readonly byCode: Readonly<Record<string, { right: number; wrong: number; missed: number }>>;
}

export function judge(results: readonly EntryResult[], expectations: Expectations): Judgement {
  let right = 0;
  let wrong = 0;
  let wrongErrors = 0;
  let missed = 0;
  const unreviewed: string[] = [];
  const stillWrong: string[] = [];
  const gone: string[] = [];
  const nowFound: string[] = [];
  const byCode: Record<string, { right: number; wrong: number; missed: number }> = {};
  const tally = (key: string) => (byCode[key.split('@')[0] ?? key] ??= { right: 0, wrong: 0, missed: 0 });
  for (const r of results) {
    const exp = expectations[r.name] ?? { findings: {} };
    const fired = new Set<string>();
    for (const f of r.findings) {
      fired.add(f.key);
      const j = exp.findings[f.key];
      if (!j) {
        unreviewed.push(`${r.name} ${f.key} ${f.severity}: ${f.message}`);
        continue;
      }
      if (j.verdict === 'right') {
        right++;
        tally(f.key).right++;
      } else {
        wrong++;
        tally(f.key).wrong++;
        if (f.severity === 'error') wrongErrors++;
        stillWrong.push(`${r.name} ${f.key}: ${j.reason}`);
      }
    }
    for (const key of Object.keys(exp.findings)) if (!fired.has(key)) gone.push(`${r.name} ${key}`);
    for (const key of Object.keys(exp.missed ?? {})) {
      if (fired.has(key)) nowFound.push(`${r.name} ${key}`);
      else {
        missed++;
        tally(key).missed++;
      }
    }
  }
  return {
    entries: results.length,
    right,
    wrong,
    wrongErrors,
    missed,
    unreviewed,
    stillWrong,
    gone,
    nowFound,
    byCode,
  };
}

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);

export const PRECISION_BEGIN =
  '<!-- corpus-precision:begin (generated by npm run bundle from test/corpus) -->';
export const PRECISION_END = '<!-- corpus-precision:end -->';

/** The generated section of docs/rules/README.md. */
export function renderPrecision(j: Judgement): string {
  const rows = Object.entries(j.byCode)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([code, c]) =>
        `| [${code}](${code}.md) | ${c.right} | ${c.wrong} | ${c.missed} | ${pct(c.right, c.right + c.wrong)} | ${pct(c.right, c.right + c.missed)} |`,
    );
  return [
    PRECISION_BEGIN,
    '## Precision and recall on real Dockerfiles',
    '',
    `Measured on ${j.entries} Dockerfiles of public Go projects (\`test/corpus/\`, each with its .dockerignore, go.mod files, the scripts it copies and the import lists of its Go packages). Every warning and error is reviewed in \`test/corpus/expectations.json\` as right or wrong with a reason; findings a reviewer expected and did not get are recorded as misses. The corpus test fails on any unreviewed finding.`,
    '',
    `- warnings and errors right: **${j.right} of ${j.right + j.wrong}** (precision ${pct(j.right, j.right + j.wrong)}); wrong errors: ${j.wrongErrors}`,
    `- recall on the reviewed misses: ${pct(j.right, j.right + j.missed)} (${j.missed} known miss${j.missed === 1 ? '' : 'es'})`,
    '',
    '| code | right | wrong | missed | precision | recall |',
    '|---|---|---|---|---|---|',
    ...rows,
    PRECISION_END,
  ].join('\n');
}

/** README text with the generated section replaced (or appended when absent). */
export function withPrecision(readme: string, section: string): string {
  return (
    replaceSection(readme, PRECISION_BEGIN, PRECISION_END, section) ?? `${readme.trimEnd()}\n\n${section}\n`
  );
}
