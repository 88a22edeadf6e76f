/**
 * The hostile image corpus (test/helpers/hostile-images.ts) through the real analyzer: every archive ends in
 * a result or a typed error naming the problem (a hang would hit the test's timeout), in bounded memory, and nothing is written
 * outside the test's temporary directory.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readAnalysedImages } from '../../../src/analyze/image.js';
import { checkImage } from '../../../src/analyze/checks.js';
import { ImageFormatError } from '../../../src/image/source.js';
import { TarFormatError } from '../../../src/image/tar-index.js';
import { inspectBinary } from '../../../src/gobin/index.js';
import { hostileImages, type HostileImage } from '../../helpers/hostile-images.js';
import { REPO_ROOT } from '../../helpers/action.js';
import { record } from '../../helpers/hostile.js';

let dir: string;
let images: HostileImage[];
const repoBefore = new Set(readdirSync(REPO_ROOT));

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-hostile-images-'));
  // A 256 MiB bomb: the ratio is the point, and the unit suite stays quick.
  images = await hostileImages(dir, { bombBytes: 256 * 1024 * 1024 });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hostile images through the analyzer', () => {
  it('has a corpus to read', () => {
    expect(images.length).toBeGreaterThan(10);
  });

  it('reads every archive to a result or a typed error, never a crash or a hang', async () => {
    const outcomes: string[] = [];
    // The jest worker may have run other test files before: what counts is what reading these images adds.
    const rssBefore = process.memoryUsage().rss;
    for (const image of images) {
      let outcome: string;
      if (image.format === 'elf') {
        const binary = inspectBinary(readFileSync(image.file));
        outcome = binary ? `elf: ${binary.buildInfo ? 'build info' : 'no build info'}` : 'not ELF';
      } else {
        try {
          const analysed = await readAnalysedImages(image.file);
          const issues = analysed.flatMap((img) => checkImage(img));
          outcome = `read: ${analysed.length} platform(s), ${issues.length} issue(s)`;
        } catch (e) {
          if (!(e instanceof ImageFormatError || e instanceof TarFormatError)) throw e;
          expect((e as Error).message).toContain(image.file);
          outcome = `error: ${(e as Error).message.slice(image.file.length, image.file.length + 80)}`;
        }
      }
      outcomes.push(`${image.name}: ${outcome}`);
      record({
        suite: 'image-reader',
        category:
          image.format === 'elf' ? 'images: corrupt ELF and fake build info' : 'images: hostile archives',
        name: image.name,
        outcome: outcome.startsWith('error') ? 'typed-error' : 'ok',
        writesOutsideTemp: 0,
      });
    }
    expect(outcomes).toHaveLength(images.length);
    if (process.env.GCC_SHOW_OUTCOMES) process.stderr.write(`${outcomes.join('\n')}\n`);
    // Nothing appeared next to the archives or in the repository.
    expect(readdirSync(REPO_ROOT).filter((n) => !repoBefore.has(n))).toEqual([]);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(1024 * 1024 * 1024);
  }, 600_000);
});
