/**
 * What users copy pins current releases: every third-party action in the README, docs/,
 * examples/workflows and .github/workflows is pinned by full commit SHA with its version in a comment, and is at
 * most one major behind the newest release recorded in test/fixtures/action-releases.json.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const TABLE = JSON.parse(
  readFileSync(path.join(ROOT, 'test', 'fixtures', 'action-releases.json'), 'utf8'),
) as {
  actions: Record<string, { version: string; commit: string; date: string; source: string }>;
};

/** Our own action and workflow: used by tag on purpose (users follow v0). */
const OURS = /^go-container-ci\//;
/** Inputs docker/setup-buildx-action v4 removed (deprecated in v3). */
const REMOVED_BUILDX_INPUTS = ['install', 'config', 'config-inline'];

export interface Pin {
  readonly file: string;
  readonly line: number;
  readonly repo: string;
  readonly ref: string;
  readonly comment?: string;
}

/** Every `uses: owner/repo[/path]@ref  # comment` of a text. Pure. */
export function pinsOf(file: string, text: string): Pin[] {
  const pins: Pin[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    const m =
      /^\s*(?:-\s*)?uses:\s*([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)(?:\/[^@\s]*)?@([^\s#]+)\s*(?:#\s*(\S+))?/.exec(
        line,
      );
    if (!m) continue;
    pins.push({
      file,
      line: i + 1,
      repo: m[1] as string,
      ref: m[2] as string,
      ...(m[3] ? { comment: m[3] } : {}),
    });
  }
  return pins;
}

const major = (v: string) => Number(/^v?(\d+)/.exec(v)?.[1] ?? NaN);

/** What is wrong with a pin, judged against the table; undefined when nothing. Pure. */
export function pinProblem(pin: Pin, table: typeof TABLE.actions): string | undefined {
  if (OURS.test(pin.repo)) return undefined;
  if (!/^[0-9a-f]{40}$/.test(pin.ref)) return `${pin.repo}@${pin.ref} is not pinned by a full commit SHA`;
  if (!pin.comment || !/^v\d+(\.\d+)*$/.test(pin.comment))
    return `${pin.repo}@${pin.ref} has no '# vX.Y.Z' comment`;
  const newest = table[pin.repo];
  if (!newest) return `${pin.repo} is not in test/fixtures/action-releases.json: add its newest release`;
  if (major(pin.comment) < major(newest.version) - 1)
    return `${pin.repo} ${pin.comment} is more than one major behind ${newest.version}`;
  if (pin.comment === newest.version && pin.ref !== newest.commit)
    return `${pin.repo} ${pin.comment} is pinned to ${pin.ref}, but ${newest.version} is ${newest.commit}`;
  return undefined;
}

function filesCopied(): string[] {
  const dirs = ['examples/workflows', '.github/workflows'];
  const docs = readdirSync(path.join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join('docs', f));
  return [
    'README.md',
    ...docs,
    ...dirs.flatMap((d) => readdirSync(path.join(ROOT, d)).map((f) => path.join(d, f))),
  ].filter((f) => {
    try {
      readFileSync(path.join(ROOT, f));
      return true;
    } catch {
      return false;
    }
  });
}

describe('action pins', () => {
  const pins = filesCopied().flatMap((f) => pinsOf(f, readFileSync(path.join(ROOT, f), 'utf8')));

  it('finds the pins (the scan is not blind)', () => {
    expect(pins.filter((p) => p.repo === 'docker/setup-buildx-action').length).toBeGreaterThan(3);
    expect(pins.some((p) => p.file === 'README.md')).toBe(true);
  });

  it('every third-party action is pinned by SHA, with its version, at most one major behind', () => {
    const problems = pins.flatMap((p) => {
      const problem = pinProblem(p, TABLE.actions);
      return problem ? [`${p.file}:${p.line}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('the table says where each release was read', () => {
    for (const [repo, r] of Object.entries(TABLE.actions)) {
      expect({ repo, commit: r.commit }).toEqual({ repo, commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
      expect(r.version).toMatch(/^v\d+\.\d+\.\d+$/);
      expect(r.source).toContain(`https://github.com/${repo}/`);
      expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('the checker itself: a tag, a missing comment, an old major, a wrong SHA', () => {
    const t = { 'docker/setup-buildx-action': TABLE.actions['docker/setup-buildx-action']! };
    const sha = 'a'.repeat(40);
    const pin = (ref: string, comment?: string): Pin => ({
      file: 'f',
      line: 1,
      repo: 'docker/setup-buildx-action',
      ref,
      ...(comment ? { comment } : {}),
    });
    expect(pinProblem(pin('v4'), t)).toMatch(/not pinned by a full commit SHA/);
    expect(pinProblem(pin(sha), t)).toMatch(/no '# vX.Y.Z' comment/);
    expect(pinProblem(pin(sha, 'v2.0.0'), t)).toMatch(/more than one major behind v4.3.0/);
    expect(pinProblem(pin(sha, 'v3.12.0'), t)).toBeUndefined();
    expect(pinProblem(pin(sha, 'v4.3.0'), t)).toMatch(/but v4.3.0 is/);
    expect(pinProblem({ ...pin(sha, 'v1.0.0'), repo: 'someone/else' }, t)).toMatch(/not in test\/fixtures/);
    expect(pinsOf('x', '      - uses: docker/setup-buildx-action@v4 # latest\n')).toHaveLength(1);
  });

  it('docker/setup-buildx-action steps use no input v4 removed', () => {
    const used: string[] = [];
    for (const f of filesCopied().filter((f) => f.endsWith('.yml'))) {
      const doc = parse(readFileSync(path.join(ROOT, f), 'utf8')) as {
        jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      for (const job of Object.values(doc.jobs ?? {}))
        for (const step of job.steps ?? [])
          if (step.uses?.startsWith('docker/setup-buildx-action@'))
            for (const k of Object.keys(step.with ?? {}))
              if (REMOVED_BUILDX_INPUTS.includes(k)) used.push(`${f}: ${k}`);
    }
    expect(used).toEqual([]);
  });
});
