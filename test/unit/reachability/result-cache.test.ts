import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  entryName,
  MAX_ENTRY_BYTES,
  parseEntry,
  ResultCache,
  serializeEntry,
  type CachedResult,
  type ResultKey,
} from '../../../src/reachability/result-cache.js';
import {
  dbIdentity,
  fileDbDir,
  govulncheckIdentity,
  parseMemo,
  versionFromBuildInfo,
} from '../../../src/reachability/identity.js';
import { buildElf, inlineFormatSection } from '../../helpers/elf-builder.js';
import { resultCacheKeys } from '../../../src/reachability/cached-results.js';
import { checkReachability, mapLimit } from '../../../src/reachability/check.js';
import { parseGovulncheckJson, type Govulncheck } from '../../../src/tools/govulncheck.js';
import type { PlatformAnalysis } from '../../../src/analyze/facts.js';
import { GoBinaryStore, sha256Hex } from '../../../src/analyze/binary-store.js';
import { removeTree } from '../../../src/cache/fs.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'gcc-result-cache-'));
afterAll(() => removeTree(work));
let n = 0;
const freshDir = () => path.join(work, `c${n++}`);

const report = parseGovulncheckJson(
  readFileSync(path.join(process.cwd(), 'test', 'fixtures', 'govulncheck', 'reach.json'), 'utf8'),
);
const result: CachedResult = { report, symbolsUnknown: false };
const key: ResultKey = {
  binary: 'a'.repeat(64),
  db: 'file:///db',
  dbDigest: 'd'.repeat(64),
  toolVersion: 'v1.9.0',
  toolDigest: 't'.repeat(64),
};

function cacheIn(dir: string, known?: (id: string) => boolean) {
  const warnings: string[] = [];
  const cache = new ResultCache(dir, { warn: (m) => warnings.push(m), ...(known ? { known } : {}) });
  return { cache, warnings };
}

/** Writes `text` where the entry for `k` is looked up. */
function plant(dir: string, k: ResultKey, text: string | Buffer) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, entryName(k)), text);
}

describe('result cache keys', () => {
  it('every part of the key (binary, database, its digest, govulncheck version and executable) names another entry', () => {
    const names = new Set([
      entryName(key),
      entryName({ ...key, binary: 'b'.repeat(64) }),
      entryName({ ...key, db: 'file:///other' }),
      entryName({ ...key, dbDigest: 'e'.repeat(64) }),
      entryName({ ...key, toolVersion: 'v1.9.1' }),
      entryName({ ...key, toolDigest: 'u'.repeat(64) }),
    ]);
    expect(names.size).toBe(6);
    // The field order of the caller's object does not matter.
    const reordered = Object.fromEntries(Object.entries(key).reverse()) as unknown as ResultKey;
    expect(entryName(reordered)).toBe(entryName(key));
  });

  it('the host cache key names the tool and the database; the binaries in any order', () => {
    const a = resultCacheKeys('1'.repeat(64), '2'.repeat(64), ['x', 'y']);
    expect(a.key).toBe(resultCacheKeys('1'.repeat(64), '2'.repeat(64), ['y', 'x', 'y']).key);
    expect(a.key.startsWith(a.restoreKeys[0] as string)).toBe(true);
    expect(resultCacheKeys('3'.repeat(64), '2'.repeat(64), ['x', 'y']).restoreKeys).not.toEqual(
      a.restoreKeys,
    );
    expect(resultCacheKeys('1'.repeat(64), '4'.repeat(64), ['x', 'y']).restoreKeys).not.toEqual(
      a.restoreKeys,
    );
    expect(resultCacheKeys('1'.repeat(64), '2'.repeat(64), ['x']).key).not.toBe(a.key);
  });
});

describe('ResultCache', () => {
  it('round-trips a result, and a miss is silent', async () => {
    const { cache, warnings } = cacheIn(freshDir());
    expect(await cache.get(key)).toBeUndefined();
    await cache.put(key, { report, symbolsUnknown: true });
    const back = await cache.get(key);
    expect(back?.symbolsUnknown).toBe(true);
    expect(back?.report.findings).toEqual(report.findings.map((f) => expect.objectContaining(f)));
    expect([...(back?.report.entries.keys() ?? [])]).toEqual([...report.entries.keys()]);
    expect(back?.report.goVersion).toBe(report.goVersion);
    expect(warnings).toEqual([]);
    expect([cache.hits, cache.misses, cache.written]).toEqual([1, 1, 1]);
  });

  it('a new database or a new govulncheck is a miss, not the old result', async () => {
    const dir = freshDir();
    const { cache } = cacheIn(dir);
    await cache.put(key, result);
    expect(await cache.get({ ...key, dbDigest: 'f'.repeat(64) })).toBeUndefined();
    expect(await cache.get({ ...key, toolVersion: 'v2.0.0' })).toBeUndefined();
    expect(await cache.get({ ...key, toolDigest: '0'.repeat(64) })).toBeUndefined();
  });

  const hostile: [string, (dir: string) => void, RegExp][] = [
    ['truncated JSON', (d) => plant(d, key, serializeEntry(key, result).slice(0, 50)), /not JSON/],
    ['not an object', (d) => plant(d, key, '[]'), /not an object/],
    ['binary garbage', (d) => plant(d, key, Buffer.from([0xff, 0x00, 0x7b])), /not JSON/],
    [
      'an entry of another version renamed to this key',
      (d) => plant(d, key, serializeEntry({ ...key, toolVersion: 'v1.0.0' }, result)),
      /another toolVersion/,
    ],
    [
      'an entry of another database renamed to this key',
      (d) => plant(d, key, serializeEntry({ ...key, dbDigest: '9'.repeat(64) }, result)),
      /another dbDigest/,
    ],
    [
      'a reachable finding removed without the digest updated',
      (d) => {
        const e = JSON.parse(serializeEntry(key, result)) as { report: { findings: unknown[] } };
        e.report.findings = e.report.findings.slice(1);
        plant(d, key, JSON.stringify(e));
      },
      /does not match its digest/,
    ],
    [
      'the stripped flag flipped',
      (d) => {
        const e = JSON.parse(serializeEntry(key, result)) as { symbolsUnknown: boolean };
        e.symbolsUnknown = true;
        plant(d, key, JSON.stringify(e));
      },
      /does not match its digest/,
    ],
    [
      'no digest',
      (d) => {
        const e = JSON.parse(serializeEntry(key, result)) as { digest?: string };
        delete e.digest;
        plant(d, key, JSON.stringify(e));
      },
      /no digest/,
    ],
    [
      'an extra field',
      (d) => plant(d, key, serializeEntry(key, result).replace('{"format"', '{"trusted":true,"format"')),
      /unknown field/,
    ],
    [
      'a __proto__ field',
      (d) =>
        plant(d, key, serializeEntry(key, result).replace('"report":{', '"report":{"__proto__":{"x":1},')),
      /unknown field/,
    ],
    [
      'a finding with an unknown level',
      (d) => plant(d, key, serializeEntry(key, result).replace('"level":"symbol"', '"level":"none"')),
      /unknown level/,
    ],
    [
      'a control character in a string',
      (d) => plant(d, key, serializeEntry(key, result).replace('"module":"', '"module":"\\u001b[31m')),
      /not a valid string/,
    ],
    ['larger than the limit', (d) => plant(d, key, Buffer.alloc(MAX_ENTRY_BYTES + 1, 0x20)), /larger than/],
    [
      'a symlink to a valid entry elsewhere',
      (d) => {
        mkdirSync(d, { recursive: true });
        const elsewhere = path.join(work, `valid-${n++}.json`);
        writeFileSync(elsewhere, serializeEntry(key, result));
        symlinkSync(elsewhere, path.join(d, entryName(key)));
      },
      /symlink/,
    ],
    [
      'a directory',
      (d) => mkdirSync(path.join(d, entryName(key)), { recursive: true }),
      /not a regular file|cannot be read/,
    ],
  ];
  it.each(hostile)('%s: ignored with a warning, then replaced', async (_name, make, why) => {
    const dir = freshDir();
    make(dir);
    const { cache, warnings } = cacheIn(dir);
    expect(await cache.get(key)).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(why);
    expect(warnings[0]).toMatch(/ignoring the cached govulncheck result .*running govulncheck/);
    expect(cache.rejected).toBe(1);
    if (_name !== 'a directory') {
      await cache.put(key, result);
      expect((await cache.get(key))?.report.findings.length).toBe(report.findings.length);
    }
  });

  it('a symlinked entry is replaced, never written through', async () => {
    const dir = freshDir();
    mkdirSync(dir, { recursive: true });
    const target = path.join(work, `target-${n++}`);
    writeFileSync(target, 'keep me');
    symlinkSync(target, path.join(dir, entryName(key)));
    const { cache } = cacheIn(dir);
    await cache.put(key, result);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(await cache.get(key)).toBeDefined();
  });

  it('an entry naming a vulnerability the database lacks is not trusted', async () => {
    const dir = freshDir();
    await cacheIn(dir).cache.put(key, result);
    const { cache, warnings } = cacheIn(dir, (id) => id !== [...report.entries.keys()][0]);
    expect(await cache.get(key)).toBeUndefined();
    expect(warnings[0]).toMatch(/which the database lacks/);
  });

  it('parseEntry accepts exactly what serializeEntry wrote', () => {
    const parsed = parseEntry(serializeEntry(key, result), key);
    expect(parsed.ok).toBe(true);
    expect(parseEntry(serializeEntry(key, result), { ...key, binary: 'c'.repeat(64) })).toEqual({
      ok: false,
      why: 'written for another binary',
    });
  });
});

describe('identities', () => {
  const fakeGovulncheck = (version: string) =>
    buildElf({
      bits: 64,
      endian: 'little',
      machine: 62,
      sections: [
        inlineFormatSection(
          'go1.26.8',
          `path\tgolang.org/x/vuln/cmd/govulncheck\nmod\tgolang.org/x/vuln\t${version}\th1:x=\n`,
          64,
        ),
      ],
    }).bytes;

  it("govulncheck's version from its build info, remembered in a private file, a new executable a new identity", async () => {
    expect(versionFromBuildInfo(fakeGovulncheck('v1.9.0'))).toBe('v1.9.0');
    expect(versionFromBuildInfo(Buffer.from('not a binary'))).toBeUndefined();
    const bin = path.join(work, `bin-${n++}`);
    mkdirSync(bin, { recursive: true });
    const exe = path.join(bin, 'govulncheck');
    writeFileSync(exe, fakeGovulncheck('v1.9.0'), { mode: 0o755 });
    const memoDir = path.join(work, `memo-${n++}`);
    const env = { PATH: bin };
    const a = await govulncheckIdentity(env, memoDir);
    expect(a?.version).toBe('v1.9.0');
    expect(a?.digest).toMatch(/^[0-9a-f]{64}$/);
    const memo = readdirSync(memoDir);
    expect(memo).toHaveLength(1);
    // Another executable (new content, new inode times): another identity.
    writeFileSync(exe, fakeGovulncheck('v1.9.1'), { mode: 0o755 });
    const b = await govulncheckIdentity(env, memoDir);
    expect(b?.version).toBe('v1.9.1');
    expect(b?.digest).not.toBe(a?.digest);
    expect(await govulncheckIdentity({ PATH: path.join(work, 'empty') }, memoDir)).toBeUndefined();
  });

  it('a memo is used only for its own key and when well formed', () => {
    const id = { version: 'v1.9.0', digest: 'a'.repeat(64) };
    expect(parseMemo(JSON.stringify({ key: 'k', ...id }), 'k')).toEqual(id);
    expect(parseMemo(JSON.stringify({ key: 'other', ...id }), 'k')).toBeUndefined();
    expect(parseMemo(JSON.stringify({ key: 'k', ...id, digest: 'x' }), 'k')).toBeUndefined();
    expect(parseMemo(JSON.stringify({ key: 'k', ...id, version: 'v1\n[x](y)' }), 'k')).toBeUndefined();
    expect(parseMemo('{', 'k')).toBeUndefined();
  });

  it('a file database is named by its index; a new modified time is a new identity; ids are plain names', async () => {
    const dir = path.join(work, `db-${n++}`);
    mkdirSync(path.join(dir, 'index'), { recursive: true });
    mkdirSync(path.join(dir, 'ID'), { recursive: true });
    writeFileSync(path.join(dir, 'index', 'db.json'), '{"modified":"2026-11-01T00:00:00Z"}');
    writeFileSync(path.join(dir, 'index', 'vulns.json'), '[{"id":"GO-2026-0001"}]');
    writeFileSync(path.join(dir, 'ID', 'GO-2026-0001.json'), '{}');
    writeFileSync(path.join(work, 'outside.json'), '{}');
    const url = pathToFileURL(dir).href;
    const a = await dbIdentity(url);
    expect(a?.modified).toBe('2026-11-01T00:00:00Z');
    expect(a?.has('GO-2026-0001')).toBe(true);
    expect(a?.has('GO-2026-0002')).toBe(false);
    expect(a?.has('../../outside')).toBe(false);
    writeFileSync(path.join(dir, 'index', 'db.json'), '{"modified":"2026-11-02T00:00:00Z"}');
    const b = await dbIdentity(url);
    expect(b?.digest).not.toBe(a?.digest);
    expect(await dbIdentity('https://vuln.go.dev')).toBeUndefined();
    expect(await dbIdentity(pathToFileURL(path.join(work, 'nope')).href)).toBeUndefined();
    expect(fileDbDir('https://x')).toBeUndefined();
  });
});

describe('checkReachability with copies and the cache', () => {
  const platform = (name: string, binaries: { path: string; sha256: string; stripped?: boolean }[]) =>
    ({
      platform: name,
      binaries: binaries.map((b) => ({ stripped: false, goVersion: 'go1.26.8', ...b })),
    }) as unknown as PlatformAnalysis;

  it("one govulncheck run per distinct binary, from analyze's copies, and none once cached", async () => {
    const store = GoBinaryStore.create(freshDir());
    const same = Buffer.from('same binary');
    const other = Buffer.from('other binary');
    store.keep(same, sha256Hex(same));
    store.keep(same, sha256Hex(same));
    store.keep(other, sha256Hex(other));
    expect(store.size).toBe(2);
    const platforms = [
      platform('linux/amd64', [
        { path: '/app', sha256: sha256Hex(same) },
        { path: '/copy', sha256: sha256Hex(same) },
      ]),
      platform('linux/arm64', [
        { path: '/app', sha256: sha256Hex(same) },
        { path: '/tool', sha256: sha256Hex(other) },
      ]),
    ];
    const runs: string[] = [];
    const fake = {
      scanBinary: async (file: string) => {
        runs.push(readFileSync(file, 'utf8'));
        return report;
      },
    } as unknown as Govulncheck;
    const { cache: store2, warnings } = cacheIn(freshDir());
    const cache = { store: store2, keyOf: (binary: string) => ({ ...key, binary }) };
    // No archive at all: the copies are enough.
    const missing = path.join(work, 'no-such-archive.tar');
    const first = await checkReachability(missing, platforms, 'file:///db', fake, {
      kept: store.copies.files,
      cache,
    });
    expect(runs.sort()).toEqual(['other binary', 'same binary']);
    expect(first.reports).toHaveLength(4);
    expect(first.timings).toMatchObject({
      binaries: 4,
      distinct: 2,
      cached: 0,
      fromAnalyze: true,
      govulncheckRuns: 2,
    });
    const second = await checkReachability(missing, platforms, 'file:///db', fake, {
      kept: store.copies.files,
      cache,
    });
    expect(runs).toHaveLength(2);
    expect(second.timings).toMatchObject({ cached: 2, govulncheckRuns: 0 });
    expect(second.verdicts).toEqual(first.verdicts);
    expect(warnings).toEqual([]);
    await store.dispose();
    expect(existsSync(store.dir)).toBe(false);
  });

  it('mapLimit keeps the order and the bound', async () => {
    let active = 0;
    let most = 0;
    const out = await mapLimit([5, 1, 4, 2, 3], 2, async (x) => {
      active++;
      most = Math.max(most, active);
      await new Promise((r) => setTimeout(r, x));
      active--;
      return x * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });
});
