import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createHash } from 'node:crypto';
import { pack } from 'tar-stream';
import {
  cleanName,
  keptRanges,
  knownLines,
  mergeCacheArchives,
  planMerge,
  usedPaths,
  writeKnownLists,
} from '../../src/cache/delta.js';
import { SMALL_FILE_BYTES } from '../../src/cache/dance.js';
import { ageMark, type ArchiveEntry } from '../../src/cache/trim.js';
import { readTarIndex } from '../../src/image/tar-index.js';

const NOW = Date.parse('2026-12-01T23:30:00Z');
const MARK = ageMark(NOW);
const PREVIOUS_RUN = NOW / 1000 - 600; // the restored archive's mtimes: the run that saved it
const FRESH = NOW / 1000 + 5;
const hash = (c: string) => c.repeat(64);
const e = (name: string, mtime: number, size = 10, type = '0'): ArchiveEntry => ({ name, type, size, mtime });
const SUMS = new Map([['github.com/a/b@v1.0.0', 'h1:x']]);
const policy = { usedAfterMs: MARK.usedAfterMs, sums: SUMS };

describe('cleanName and usedPaths', () => {
  it('strips ./ and trailing slashes', () => {
    expect(cleanName('./1/aa/')).toBe('1/aa');
    expect(cleanName('1/README')).toBe('1/README');
  });
  it('reads find output relative to the cache', () => {
    expect([...usedPaths(`.\n./aa\n./aa/${hash('a')}-a\n\n`)]).toEqual(['aa', `aa/${hash('a')}-a`]);
  });
});

describe('knownLines', () => {
  it('lists large files by size and small ones by md5, per cache, sorted bytewise', () => {
    const lists = knownLines([
      { name: '1/', type: '5', size: 0 },
      { name: '1/bb/x-d', type: '0', size: SMALL_FILE_BYTES + 1 },
      { name: '1/aa/y-a', type: '0', size: 3, md5: 'f'.repeat(32) },
      { name: '1/AA/z-a', type: '0', size: 3, md5: '0'.repeat(32) },
      { name: '0/cache/download/x/@v/v1.zip', type: '0', size: SMALL_FILE_BYTES, md5: 'a'.repeat(32) },
      { name: '1/link', type: '2', size: 0 },
      { name: 'gcc-used-1.list', type: '0', size: 3, md5: 'b'.repeat(32) },
    ]);
    expect(lists.get('1')).toEqual({
      large: [`${SMALL_FILE_BYTES + 1} ./bb/x-d`],
      small: [`${'0'.repeat(32)}  ./AA/z-a`, `${'f'.repeat(32)}  ./aa/y-a`],
    });
    expect(lists.get('0')?.small).toEqual([`${'a'.repeat(32)}  ./cache/download/x/@v/v1.zip`]);
    expect([...lists.keys()].sort()).toEqual(['0', '1']);
  });
});

describe('planMerge', () => {
  const usedA = `1/aa/${hash('a')}-a`;
  const unused = `1/bb/${hash('b')}-d`;
  const created = `1/cc/${hash('c')}-d`;
  const restored = [
    e('1/', PREVIOUS_RUN, 0, '5'),
    e('1/README', PREVIOUS_RUN),
    e('1/aa/', PREVIOUS_RUN, 0, '5'),
    e(usedA, PREVIOUS_RUN),
    e('1/bb/', PREVIOUS_RUN, 0, '5'),
    e(unused, PREVIOUS_RUN, 5000),
    e('0/', PREVIOUS_RUN, 0, '5'),
    e('0/cache/download/github.com/a/b/@v/v1.0.0.zip', PREVIOUS_RUN, 700),
  ];
  it('keeps the restored entries the build used and what it created; the trim decides the rest', () => {
    const delta = [
      e('gcc-used-1.list', FRESH, 40),
      e('1/', FRESH, 0, '5'),
      e('1/cc/', FRESH, 0, '5'),
      e(created, FRESH, 77),
      e('0/cache/download/github.com/x/y/@v/v9.zip', FRESH, 50),
    ];
    const plan = planMerge(restored, delta, new Map([['1', new Set([`aa/${hash('a')}-a`])]]), policy);
    expect([...plan.fromRestored].sort()).toEqual(
      ['0', '0/cache/download/github.com/a/b/@v/v1.0.0.zip', '1', '1/README', '1/aa', usedA, '1/bb'].sort(),
    );
    expect([...plan.fromDelta]).toEqual(['1/cc', created]);
    expect(plan.trimmed).toEqual({ entries: 2, bytes: 5050 });
    expect(plan.untouched).toEqual([]);
  });
  it('takes a changed file from the delta, never twice', () => {
    const delta = [e(usedA, FRESH, 12)];
    const plan = planMerge(restored, delta, new Map([['1', new Set([`aa/${hash('a')}-a`])]]), policy);
    expect(plan.fromRestored.has(usedA)).toBe(false);
    expect(plan.fromDelta.has(usedA)).toBe(true);
  });
  it('keeps a build cache whole when the build used none of it (its compile step was cached)', () => {
    const plan = planMerge(restored, [], new Map([['1', new Set()]]), policy);
    expect(plan.fromRestored.has(unused)).toBe(true);
    expect(plan.untouched).toEqual(['1']);
  });
  it('takes a cache copied whole (no tools for a delta) from the delta alone', () => {
    const delta = [
      e('1/', FRESH, 0, '5'),
      e('1/aa/', FRESH, 0, '5'),
      e(usedA, FRESH),
      e(unused, MARK.agedMs / 1000, 5000),
    ];
    const plan = planMerge(restored, delta, new Map(), policy);
    expect(plan.fromDelta.has(usedA)).toBe(true);
    expect(plan.fromRestored.has(usedA)).toBe(false);
    expect(plan.fromRestored.has(unused) || plan.fromDelta.has(unused)).toBe(false);
  });
});

describe('keptRanges', () => {
  it('joins the whole records of adjacent kept members, from the end of the member before', () => {
    // Headers at 0, 1024 (after a 1-byte member padded to 512), 2048 (pax record before it: data at 3072).
    const members = [
      { name: './1/a', offset: 512, size: 1 },
      { name: '1/b', offset: 1536, size: 512 },
      { name: '1/c', offset: 3072, size: 0 },
      { name: '1/d', offset: 3584, size: 513 },
    ];
    expect(keptRanges(members, new Set(['1/a', '1/b', '1/d']))).toEqual([
      [0, 2048],
      [3072, 4608],
    ]);
    expect(keptRanges(members, new Set(['1/c']))).toEqual([[2048, 3072]]);
    expect(keptRanges(members, new Set())).toEqual([]);
  });
});

describe('writeKnownLists and mergeCacheArchives', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-delta-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = async (file: string, members: [string, number, string?][]) => {
    const p = pack();
    const done = pipeline(p, createWriteStream(file));
    for (const [name, mtime, body] of members) {
      const header = { name, mtime: new Date(mtime * 1000) };
      if (body === undefined) p.entry({ ...header, type: 'directory' });
      else p.entry({ ...header, type: 'file' }, body);
    }
    p.finalize();
    await done;
  };

  it('lists the restored files for the builder and merges the delta into the saved archive', async () => {
    const restored = path.join(dir, 'restored.tar');
    const delta = path.join(dir, 'delta.tar');
    const out = path.join(dir, 'saved.tar');
    const used = `1/aa/${hash('a')}-a`;
    const stale = `1/bb/${hash('b')}-a`;
    const created = `1/cc/${hash('c')}-a`;
    const big = 'x'.repeat(SMALL_FILE_BYTES + 10);
    await write(restored, [
      ['1/', PREVIOUS_RUN],
      ['1/aa/', PREVIOUS_RUN],
      [used, PREVIOUS_RUN, 'used'],
      ['1/bb/', PREVIOUS_RUN],
      [stale, PREVIOUS_RUN, 'stale'],
      [`1/aa/${hash('d')}-d`, PREVIOUS_RUN, big],
    ]);
    const context = path.join(dir, 'context');
    expect([...(await writeKnownLists(restored, context))]).toEqual([1]);
    const md5 = (s: string) => createHash('md5').update(s).digest('hex');
    expect(readFileSync(path.join(context, 'known', '1.small'), 'utf8')).toBe(
      `${md5('used')}  ./aa/${hash('a')}-a\n${md5('stale')}  ./bb/${hash('b')}-a\n`,
    );
    expect(readFileSync(path.join(context, 'known', '1.large'), 'utf8')).toBe(
      `${big.length} ./aa/${hash('d')}-d\n`,
    );
    await write(delta, [
      [
        'gcc-used-1.list',
        FRESH,
        `.\n./aa\n./aa/${hash('a')}-a\n./aa/${hash('d')}-d\n./cc\n./cc/${hash('c')}-a\n`,
      ],
      ['1/', FRESH],
      ['1/cc/', FRESH],
      [created, FRESH, 'created'],
    ]);
    const plan = await mergeCacheArchives(restored, delta, out, {
      usedAfterMs: MARK.usedAfterMs,
      sums: new Map(),
    });
    expect(plan.trimmed.entries).toBe(1);
    const saved = await readTarIndex(out);
    expect(saved.map((m) => cleanName(m.name))).toEqual([
      '1',
      '1/aa',
      used,
      '1/bb',
      `1/aa/${hash('d')}-d`,
      '1/cc',
      created,
    ]);
    const body = (name: string) => {
      const m = saved.find((x) => cleanName(x.name) === name);
      return m
        ? readFileSync(out)
            .subarray(m.offset, m.offset + m.size)
            .toString()
        : undefined;
    };
    expect(body(used)).toBe('used');
    expect(body(created)).toBe('created');
    expect(body(`1/aa/${hash('d')}-d`)).toBe(big);
  });
});
