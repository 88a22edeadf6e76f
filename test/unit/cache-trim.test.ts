import { mkdtempSync, createWriteStream, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import fc from 'fast-check';
import { pack } from 'tar-stream';
import {
  RESTORED_AGE_MS,
  ageCommand,
  ageMark,
  touchStamp,
  cacheKinds,
  goSumNames,
  buildEntryOf,
  isBuildCacheEntry,
  planTrim,
  trimCacheArchive,
  type ArchiveEntry,
} from '../../src/cache/trim.js';
import { injectDockerfile } from '../../src/cache/dance.js';
import { findCacheMounts } from '../../src/cache/mounts.js';
import { readTarIndex } from '../../src/image/tar-index.js';

const NOW = Date.parse('2026-12-01T23:30:00Z');
const MARK = ageMark(NOW);
const OLD = MARK.agedMs / 1000;
const FRESH = NOW / 1000 + 5;

const hash = (c: string) => c.repeat(64);
const entry = (name: string, mtime: number, size = 10, type = '0'): ArchiveEntry => ({
  name,
  type,
  size,
  mtime,
});
const SUMS = new Map([
  ['github.com/a/b@v1.0.0', 'h1:x'],
  ['github.com/a/b@v1.0.0/go.mod', 'h1:y'],
  ['github.com/only/mod@v0.1.0/go.mod', 'h1:z'],
]);

describe('touchStamp', () => {
  it('writes an instant as touch -t reads it in UTC, in whole seconds', () => {
    expect(touchStamp(Date.parse('2026-12-01T22:30:07.900Z'))).toBe('202612012230.07');
    expect(touchStamp(MARK.usedAfterMs)).toMatch(/^\d{12}\.\d{2}$/);
  });
});

describe('ageMark', () => {
  it('ages well over an hour, in whole seconds, with a UTC touch stamp', () => {
    expect(MARK.stamp).toBe('202612012130.00');
    expect(NOW - MARK.agedMs).toBeGreaterThanOrEqual(RESTORED_AGE_MS);
    expect(RESTORED_AGE_MS).toBeGreaterThan(60 * 60 * 1000);
    expect(MARK.usedAfterMs).toBeGreaterThan(MARK.agedMs);
    expect(MARK.usedAfterMs).toBeLessThan(NOW);
  });
  it('always gives a stamp touch -t reads', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2001-01-01'), max: Date.parse('2199-01-01') }), (now) => {
        const m = ageMark(now);
        expect(m.stamp).toMatch(/^\d{12}\.\d{2}$/);
        expect(m.agedMs % 1000).toBe(0);
        expect(now - m.agedMs).toBeGreaterThanOrEqual(RESTORED_AGE_MS);
      }),
    );
  });
  it('builds the aging step only for plain paths', () => {
    expect(ageCommand('/gcc-cache/1', MARK)).toBe(
      'TZ=UTC0 find /gcc-cache/1 ! -type l -exec touch -c -t 202612012130.00 {} +',
    );
    expect(() => ageCommand('/x; rm -rf /', MARK)).toThrow(/unexpected directory/);
    expect(() => ageCommand('/x', { stamp: '$(id)' })).toThrow(/bad stamp/);
  });
  it('the inject Dockerfile ages each restored cache after copying it in', () => {
    const mounts = findCacheMounts(
      'FROM golang:1.26 AS b\nRUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build,uid=1,gid=2 go build\n',
      {},
    );
    const text = injectDockerfile(mounts, new Set([0, 1]), MARK);
    expect(text).toContain(
      'cp -a /gcc-in/1/. /gcc-cache/1/ && chown -R 1:2 /gcc-cache/1 && TZ=UTC0 find /gcc-cache/1 ! -type l -exec touch -c -t 202612012130.00 {} +',
    );
    expect(text).toContain('TZ=UTC0 find /gcc-cache/0 ! -type l');
    expect(injectDockerfile(mounts, new Set([0, 1]))).not.toContain('touch');
  });
});

describe('cache kinds and names', () => {
  it('tells build caches, module caches and others apart by content', () => {
    const kinds = cacheKinds([
      '0/',
      '0/cache/download/github.com/a/b/@v/v1.0.0.zip',
      './1/README',
      `1/ab/${hash('ab').slice(0, 64)}-a`,
      '2/apt/lists/x',
      'junk/ab',
    ]);
    expect(Object.fromEntries(kinds)).toEqual({ 0: 'module', 1: 'build', 2: 'other' });
  });
  it('a build-cache entry lives under the directory of its first two hex digits', () => {
    expect(isBuildCacheEntry(`ab/ab${'0'.repeat(62)}-a`)).toBe(true);
    expect(isBuildCacheEntry(`ab/ab${'0'.repeat(62)}-d`)).toBe(true);
    expect(isBuildCacheEntry(`ac/ab${'0'.repeat(62)}-d`)).toBe(false);
    expect(isBuildCacheEntry(`ab/ab${'0'.repeat(62)}-x`)).toBe(false);
    expect(isBuildCacheEntry('trim.txt')).toBe(false);
  });
  it('go.sum names zips by their module line and go.mod files by either line', () => {
    const d = 'cache/download/github.com/a/b/@v/v1.0.0';
    expect(goSumNames(`${d}.zip`, SUMS)).toBe(true);
    expect(goSumNames(`${d}.ziphash`, SUMS)).toBe(true);
    expect(goSumNames('cache/download/github.com/only/mod/@v/v0.1.0.mod', SUMS)).toBe(true);
    expect(goSumNames('cache/download/github.com/only/mod/@v/v0.1.0.zip', SUMS)).toBe(false);
    expect(goSumNames('cache/download/github.com/only/mod/@v/v0.1.0.info', SUMS)).toBe(true);
    expect(goSumNames('cache/download/github.com/gone/x/@v/v1.0.0.zip', SUMS)).toBe(false);
    expect(goSumNames('github.com/a/b@v1.0.0/b.go', SUMS)).toBe(false);
    expect(goSumNames('cache/download/sumdb/sum.example/lookup/x', SUMS)).toBe(false);
  });
});

describe('planTrim', () => {
  const used = `1/aa/${'a'.repeat(64)}-a`;
  const usedOut = `1/bb/${'b'.repeat(64)}-d`;
  const stale = `1/cc/${'c'.repeat(64)}-a`;
  const entries: ArchiveEntry[] = [
    entry('0/', OLD, 0, '5'),
    entry('0/cache/', OLD, 0, '5'),
    entry('0/cache/download/', OLD, 0, '5'),
    entry('0/cache/download/github.com/', OLD, 0, '5'),
    entry('0/cache/download/github.com/a/', OLD, 0, '5'),
    entry('0/cache/download/github.com/a/b/', OLD, 0, '5'),
    entry('0/cache/download/github.com/a/b/@v/', OLD, 0, '5'),
    entry('0/cache/download/github.com/a/b/@v/v1.0.0.zip', OLD, 1000),
    entry('0/cache/download/github.com/a/b/@v/v1.0.0.mod', OLD, 20),
    entry('0/cache/download/github.com/a/b/@v/list', OLD, 5),
    entry('0/cache/download/github.com/gone/', OLD, 0, '5'),
    entry('0/cache/download/github.com/gone/x/@v/v2.0.0.zip', OLD, 500),
    entry('0/github.com/a/b@v1.0.0/', OLD, 0, '5'),
    entry('0/github.com/a/b@v1.0.0/b.go', OLD, 300),
    entry('1/', OLD, 0, '5'),
    entry('1/README', OLD, 50),
    entry('1/trim.txt', OLD, 10),
    entry(used, FRESH, 100),
    entry(usedOut, FRESH, 4000),
    entry(stale, OLD, 7000),
    entry('2/whatever', OLD, 3),
  ];
  it('keeps what the build used, what go.sum names, and the rest of other caches', () => {
    const plan = planTrim(entries, { usedAfterMs: MARK.usedAfterMs, sums: SUMS });
    expect([...plan.keep].sort()).toEqual(
      [
        '0/',
        '0/cache/',
        '0/cache/download/',
        '0/cache/download/github.com/',
        '0/cache/download/github.com/a/',
        '0/cache/download/github.com/a/b/',
        '0/cache/download/github.com/a/b/@v/',
        '0/cache/download/github.com/a/b/@v/v1.0.0.zip',
        '0/cache/download/github.com/a/b/@v/v1.0.0.mod',
        '1/',
        '1/README',
        '1/trim.txt',
        used,
        usedOut,
        '2/whatever',
      ].sort(),
    );
    expect(plan.trimmed).toEqual({ entries: 6, bytes: 5 + 500 + 300 + 7000 });
    expect(plan.untouched).toEqual([]);
  });
  it('keeps every build-cache entry when nothing was aged (a cold build wrote them all)', () => {
    const plan = planTrim(entries, { sums: SUMS });
    expect(plan.keep.has(stale)).toBe(true);
  });
  it('keeps a build cache whole when the build used none of it (its compile step came from the layer cache)', () => {
    const noneUsed = entries.map((e) => ({ ...e, mtime: OLD }));
    const plan = planTrim(noneUsed, { usedAfterMs: MARK.usedAfterMs, sums: SUMS });
    expect(plan.keep.has(stale)).toBe(true);
    expect(plan.keep.has(used)).toBe(true);
    expect(plan.untouched).toEqual(['1']);
  });
  it('a cached executable (a -d directory) goes with its directory: used or not', () => {
    const exeUsed = `1/ee/${'e'.repeat(64)}-d`;
    const exeStale = `1/ff/${'f'.repeat(64)}-d`;
    const plan = planTrim(
      [
        entry(used, FRESH),
        entry(`${exeUsed}/`, FRESH, 0, '5'),
        entry(`${exeUsed}/tool`, OLD, 900),
        entry(`${exeStale}/`, OLD, 0, '5'),
        entry(`${exeStale}/tool`, OLD, 800),
      ],
      { usedAfterMs: MARK.usedAfterMs, sums: SUMS },
    );
    expect([...plan.keep].sort()).toEqual([used, `${exeUsed}/`, `${exeUsed}/tool`].sort());
  });
  it('keeps the member a kept hard link points at', () => {
    const plan = planTrim(
      [
        entry(used, FRESH),
        entry(stale, OLD),
        { ...entry(`1/dd/${'d'.repeat(64)}-d`, FRESH, 0, '1'), linkname: stale },
      ],
      { usedAfterMs: MARK.usedAfterMs, sums: SUMS },
    );
    expect(plan.keep.has(stale)).toBe(true);
  });
});

const hexDigit = fc.constantFrom(...'0123456789abcdef');
const buildEntryName = fc
  .tuple(fc.nat(2), fc.string({ unit: hexDigit, minLength: 64, maxLength: 64 }), fc.constantFrom('a', 'd'))
  .map(([i, h, k]) => `${i}/${h.slice(0, 2)}/${h}-${k}`);
const moduleName = fc
  .tuple(
    fc.nat(2),
    fc.constantFrom('github.com/a/b', 'github.com/only/mod', 'github.com/gone/x', 'example.com/!big'),
    fc.constantFrom('v1.0.0', 'v0.1.0', 'v2.0.0'),
    fc.constantFrom('zip', 'ziphash', 'mod', 'info', 'lock', 'list'),
  )
  .map(([i, m, v, e]) => `${i}/cache/download/${m}/@v/${v}.${e}`);
const hostileName = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    '.',
    './',
    '././0/x',
    '../0/aa',
    '/0/etc/passwd',
    '0/../../etc/shadow',
    '0/cache/download/../../x',
    '0\0/x',
    `0/${'a/'.repeat(300)}x`,
    '0/cache/download/github.com/A/@v/v1.zip',
    '0/cache/download/github.com/a!/@v/v1.zip',
    '1/ÿ/ü',
  ),
);
const anyEntry = fc
  .tuple(
    fc.oneof(buildEntryName, moduleName, hostileName),
    fc.constantFrom('0', '5', '1', '2', 'x'),
    fc.nat(1_000_000),
    fc.option(fc.constantFrom(OLD, FRESH, 0, -1, Number.MAX_SAFE_INTEGER), { nil: undefined }),
    fc.option(fc.oneof(hostileName, buildEntryName), { nil: undefined }),
  )
  .map(([name, type, size, mtime, linkname]): ArchiveEntry => ({
    name,
    type,
    size,
    ...(mtime !== undefined ? { mtime } : {}),
    ...(linkname !== undefined ? { linkname } : {}),
  }));

describe('planTrim over any set of entries', () => {
  const strip = (n: string) => n.replace(/^(?:\.\/)+/, '');
  it('never throws, keeps only names it was given, and accounts for every member', () => {
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 60 }), fc.boolean(), (entries, aged) => {
        const plan = planTrim(entries, { ...(aged ? { usedAfterMs: MARK.usedAfterMs } : {}), sums: SUMS });
        const names = new Set(entries.flatMap((e) => [strip(e.name), strip(e.linkname ?? '')]));
        for (const k of plan.keep) expect(names.has(k)).toBe(true);
        expect(plan.kept.entries + plan.trimmed.entries).toBe(entries.length);
        expect(plan.kept.bytes + plan.trimmed.bytes).toBe(entries.reduce((n, e) => n + e.size, 0));
      }),
    );
  });
  it('keeps every used build entry, every go.sum-named module file and everything of other caches', () => {
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 60 }), (entries) => {
        const plan = planTrim(entries, { usedAfterMs: MARK.usedAfterMs, sums: SUMS });
        const kinds = cacheKinds(entries.map((e) => e.name));
        for (const e of entries) {
          const name = strip(e.name);
          const slash = name.indexOf('/');
          const index = slash < 0 ? name : name.slice(0, slash);
          const relative = slash < 0 ? '' : name.slice(slash + 1);
          const kind = kinds.get(index) ?? 'other';
          if (kind === 'other') expect(plan.keep.has(name)).toBe(true);
          const own = relative.replace(/\/$/, '');
          if (kind === 'build' && isBuildCacheEntry(own) && (e.mtime ?? 0) * 1000 > MARK.usedAfterMs)
            expect(plan.keep.has(name)).toBe(true);
          if (kind === 'build' && buildEntryOf(own) === undefined) expect(plan.keep.has(name)).toBe(true);
          if (kind === 'module' && e.type === '0' && goSumNames(relative, SUMS))
            expect(plan.keep.has(name)).toBe(true);
        }
      }),
    );
  });
  it('trims stale build entries only where the build used some, and trimming twice changes nothing', () => {
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 60 }), (entries) => {
        const policy = { usedAfterMs: MARK.usedAfterMs, sums: SUMS };
        const plan = planTrim(entries, policy);
        const again = planTrim(
          entries.filter((e) => plan.keep.has(strip(e.name))),
          policy,
        );
        expect(again.trimmed.entries).toBe(0);
        for (const index of plan.untouched)
          for (const e of entries)
            if (strip(e.name).startsWith(`${index}/`)) expect(plan.keep.has(strip(e.name))).toBe(true);
      }),
    );
  });
});

describe('trimCacheArchive', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-trim-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rewrites the archive with what the build used, keeping contents and mtimes', async () => {
    const archive = path.join(dir, 'go-caches.tar');
    const p = pack();
    const done = pipeline(p, createWriteStream(archive));
    const add = (name: string, mtime: number, body?: string) => {
      const header = { name, mtime: new Date(mtime * 1000) };
      if (body === undefined) p.entry({ ...header, type: 'directory' });
      else p.entry({ ...header, type: 'file' }, body);
    };
    const used = `1/aa/${'a'.repeat(64)}-d`;
    const stale = `1/cc/${'c'.repeat(64)}-a`;
    add('1/', OLD);
    add('1/README', OLD, 'This directory holds cached build artifacts');
    add('1/aa/', OLD);
    add(used, FRESH, 'compiled');
    add('1/cc/', OLD);
    add(stale, OLD, 'x'.repeat(5000));
    p.finalize();
    await done;
    const r = await trimCacheArchive(archive, { usedAfterMs: MARK.usedAfterMs, sums: new Map() });
    expect(r.trimmed).toEqual({ entries: 1, bytes: 5000 });
    const after = await readTarIndex(archive);
    expect(after.map((m) => m.name)).toEqual(['1/', '1/README', '1/aa/', used, '1/cc/']);
    expect(after.find((m) => m.name === used)?.mtime).toBe(FRESH);
  });
});
