/**
 * Issue 16 Medium 6: a restored Go cache archive is checked before injection. Names that leave the directory are
 * refused; the module cache keeps only zips (and .ziphash/.mod) that hash to go.sum's h1 lines.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  downloadMember,
  goModHash1,
  membersToKeep,
  parseGoSum,
  UnsafeCacheArchiveError,
  unsafeMember,
  verifyCacheArchive,
  zipHash1,
} from '../../../src/cache/verify.js';
import { readTarIndex } from '../../../src/image/tar-index.js';
import { fixtureModuleZip, writeTar } from '../../helpers/cache-archive.js';
import { REPO } from '../../helpers/hostile.js';

const MODULE_DIR = path.join(REPO, 'test/fixtures/gomodules/fixtures.gcc.test/greeting@v1.2.0');
// Written by the go command when examples/hello-api was made: the reference for our hashing.
const SUMS = parseGoSum(readFileSync(path.join(REPO, 'examples/hello-api/go.sum'), 'utf8'));
const ID = 'fixtures.gcc.test/greeting@v1.2.0';

let dir: string;
beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-cache-verify-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("Go's h1 hashes", () => {
  it('of a module zip and its go.mod match what the go command wrote in go.sum', () => {
    expect(zipHash1(fixtureModuleZip(MODULE_DIR))).toBe(SUMS.get(ID));
    expect(goModHash1(readFileSync(path.join(MODULE_DIR, 'go.mod')))).toBe(SUMS.get(`${ID}/go.mod`));
  });
  it('an unreadable zip has none', () => {
    expect(zipHash1(Buffer.from('PK not a zip'))).toBeUndefined();
  });
  it('reads escaped module paths in the download cache', () => {
    expect(downloadMember('cache/download/github.com/!azure/sdk/@v/v1.0.0.zip')).toEqual({
      module: 'github.com/Azure/sdk',
      version: 'v1.0.0',
      ext: 'zip',
    });
    expect(downloadMember('cache/download/github.com/Bad/@v/v1.0.0.zip')).toBeUndefined();
  });
});

describe('unsafe members', () => {
  it('refuses ../, absolute names and links out', () => {
    expect(unsafeMember({ name: '0/../../etc/cron.d/x', type: '0', linkname: '' })).toMatch(/leaves/);
    expect(unsafeMember({ name: '/etc/passwd', type: '0', linkname: '' })).toMatch(/leaves/);
    expect(unsafeMember({ name: '0/l', type: '2', linkname: '../../x' })).toMatch(/points at/);
    expect(unsafeMember({ name: '0/a..b/c', type: '0', linkname: '' })).toBeUndefined();
  });
  it('a cache tar with a ../ member is refused whole', async () => {
    const archive = path.join(dir, 'dotdot.tar');
    await writeTar(archive, [
      { name: '0/cache/download/x/@v/list', data: '' },
      { name: '0/../../../tmp/gcc-pwned', data: 'x' },
    ]);
    await expect(verifyCacheArchive(archive, SUMS)).rejects.toThrow(UnsafeCacheArchiveError);
  });
});

describe('the module cache keeps only what go.sum vouches for', () => {
  it('keeps verified zips, their .ziphash and .mod, and the build cache; drops everything else', async () => {
    const zip = fixtureModuleZip(MODULE_DIR);
    const dl = '0/cache/download/fixtures.gcc.test/greeting/@v';
    const archive = path.join(dir, 'mixed.tar');
    await writeTar(archive, [
      { name: `${dl}/v1.2.0.zip`, data: zip },
      { name: `${dl}/v1.2.0.ziphash`, data: `${SUMS.get(ID)}\n` },
      { name: `${dl}/v1.2.0.mod`, data: readFileSync(path.join(MODULE_DIR, 'go.mod')) },
      { name: `${dl}/v1.2.0.info`, data: '{"Version":"v1.2.0"}' },
      // Not in go.sum.
      { name: `${dl}/v1.2.1.zip`, data: zip },
      // A poisoned extracted tree: go would trust it without re-hashing.
      { name: '0/fixtures.gcc.test/greeting@v1.2.0/greeting.go', data: 'package greeting // evil' },
      { name: '0/cache/vcs/abc/HEAD', data: 'ref' },
      // GOCACHE (another index): kept as is.
      { name: '1/00/00aa-d', data: 'build cache' },
    ]);
    const check = await verifyCacheArchive(archive, SUMS);
    expect(check).toEqual({ verified: 2, dropped: 3 });
    const names = (await readTarIndex(archive)).map((m) => m.name).sort();
    expect(names).toEqual([
      `${dl}/v1.2.0.info`,
      `${dl}/v1.2.0.mod`,
      `${dl}/v1.2.0.zip`,
      `${dl}/v1.2.0.ziphash`,
      '1/00/00aa-d',
    ]);
  });

  it('drops the directory of a dropped extracted module (go would take it as extracted and not re-extract the zip)', async () => {
    const dl = '0/cache/download/fixtures.gcc.test/greeting/@v';
    const archive = path.join(dir, 'dirs.tar');
    await writeTar(archive, [
      { name: '0/', type: 'directory' },
      { name: '0/cache/', type: 'directory' },
      { name: '0/cache/download/', type: 'directory' },
      { name: `${dl}/`, type: 'directory' },
      { name: `${dl}/v1.2.0.zip`, data: fixtureModuleZip(MODULE_DIR) },
      { name: '0/fixtures.gcc.test/', type: 'directory' },
      { name: '0/fixtures.gcc.test/greeting@v1.2.0/', type: 'directory' },
      { name: '0/fixtures.gcc.test/greeting@v1.2.0/greeting.go', data: 'package greeting' },
      { name: '1/00/', type: 'directory' },
    ]);
    await verifyCacheArchive(archive, SUMS);
    const names = (await readTarIndex(archive)).map((m) => m.name.replace(/\/$/, '')).sort();
    expect(names).toEqual(['0', '0/cache', '0/cache/download', dl, `${dl}/v1.2.0.zip`, '1/00']);
  });

  it('a tampered zip is dropped with its .ziphash, even when the .ziphash says the go.sum value', async () => {
    const zip = Buffer.from(fixtureModuleZip(MODULE_DIR));
    const at = zip.indexOf('package greeting');
    expect(at).toBeGreaterThan(0);
    zip.write('package greetinG', at);
    const dl = '0/cache/download/fixtures.gcc.test/greeting/@v';
    const archive = path.join(dir, 'tampered.tar');
    await writeTar(archive, [
      { name: `${dl}/v1.2.0.zip`, data: zip },
      { name: `${dl}/v1.2.0.ziphash`, data: `${SUMS.get(ID)}\n` },
    ]);
    const { keep } = await membersToKeep(archive, SUMS);
    expect([...keep]).toEqual([]);
  });
});
