/**
 * A generated image for the analyzer benchmark: several hundred MiB of files of text-like content (it
 * compresses about as well as real images do) in gzip layers, plus one real Go binary as the entrypoint,
 * written as an OCI archive. Kept under $GCC_HOME/bench keyed by the generator's version, so only the first
 * run pays for it. The layer blobs stay next to the archive for the `gzip -dc` floor.
 */
import { createHash } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { pack } from 'tar-stream';
import { run } from '../src/tools/exec.js';
import { fileURLToPath } from 'node:url';

/** bench/ (or the compiled bench next to it) -> the fixture program. */
const FIXTURE_PROGRAM = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'test',
  'fixtures',
  'images',
);

const VERSION = 'v1';
const LAYERS = 6;
const FILES_PER_LAYER = 6000;
/** Bytes of files per layer, about; 6 x 100 MiB. */
const LAYER_BYTES = 100 * 1024 * 1024;

export interface BigImage {
  readonly archive: string;
  readonly layerFiles: readonly string[];
  readonly contentBytes: number;
  readonly compressedBytes: number;
  readonly files: number;
}

/** A deterministic source of text-like bytes: words from a fixed vocabulary, drawn by a small PRNG. */
function textPool(bytes: number): Buffer {
  const words =
    'the of and to in is that for it as with was on be by this are or from at which an but not have has had were can all their there been if more when will would who so no other into out about than time only also may these two first new any very where through such after over most years'.split(
      ' ',
    );
  let seed = 0x2545f491;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const w = `${words[next() % words.length]}${next() % 7 === 0 ? `${next() % 100000}` : ''}${next() % 12 === 0 ? '\n' : ' '}`;
    parts.push(w);
    length += w.length;
  }
  return Buffer.from(parts.join('').slice(0, bytes));
}

async function writeLayer(
  file: string,
  entries: AsyncIterable<{ name: string; body: Buffer; mode?: number }>,
): Promise<{ digest: string; size: number }> {
  const p = pack();
  const hash = createHash('sha256');
  const out = createWriteStream(file);
  const gz = createGzip({ level: 6 });
  gz.on('data', (c: Buffer) => hash.update(c));
  const done = pipeline(p as unknown as NodeJS.ReadableStream, gz, out);
  for await (const e of entries)
    await new Promise<void>((resolve, reject) =>
      p.entry({ name: e.name, size: e.body.length, mode: e.mode ?? 0o644 }, e.body, (err) =>
        err ? reject(err) : resolve(),
      ),
    );
  p.finalize();
  await done;
  return { digest: `sha256:${hash.digest('hex')}`, size: statSync(file).size };
}

export async function bigImage(log: (line: string) => void): Promise<BigImage> {
  const home =
    process.env.GCC_HOME ||
    path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'go-container-ci');
  const dir = path.join(home, 'bench', `big-image-${VERSION}`);
  const manifestFile = path.join(dir, 'big-image.json');
  if (existsSync(manifestFile)) return JSON.parse(readFileSync(manifestFile, 'utf8')) as BigImage;
  log(`generating the analyzer benchmark image in ${dir} (once)`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const pool = textPool(8 * 1024 * 1024);
  // The entrypoint: our fixture program, built for linux/amd64.
  const binary = path.join(dir, 'app');
  await run('go', ['build', '-trimpath', '-o', binary, '.'], {
    cwd: FIXTURE_PROGRAM,
    env: {
      ...process.env,
      CGO_ENABLED: '0',
      GOOS: 'linux',
      GOARCH: 'amd64',
      GOTOOLCHAIN: 'local',
      GOFLAGS: '',
    },
    timeoutMs: 600_000,
  });
  const layers: { file: string; digest: string; size: number }[] = [];
  let contentBytes = 0;
  let files = 0;
  let offset = 0;
  for (let l = 0; l < LAYERS; l++) {
    const file = path.join(dir, `layer-${l}.tar.gz`);
    const perFile = Math.floor(LAYER_BYTES / FILES_PER_LAYER);
    const entries = async function* () {
      if (l === 0) {
        const body = readFileSync(binary);
        contentBytes += body.length;
        files++;
        yield { name: 'usr/local/bin/app', body, mode: 0o755 };
      }
      for (let f = 0; f < FILES_PER_LAYER; f++) {
        // Sizes from a few bytes to twice the mean, so small and large files both occur.
        const size = 16 + ((f * 7919) % (perFile * 2));
        offset = (offset + 104729) % (pool.length - size);
        const body = pool.subarray(offset, offset + size);
        contentBytes += size;
        files++;
        yield { name: `srv/data/layer${l}/d${f % 50}/file-${f}.txt`, body };
      }
    };
    layers.push({ file, ...(await writeLayer(file, entries())) });
    log(`layer ${l + 1}/${LAYERS} written`);
  }
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Entrypoint: ['/usr/local/bin/app'], User: '65532:65532' },
      rootfs: { type: 'layers', diff_ids: [] },
      history: layers.map((_l, i) => ({ created_by: `bench layer ${i}` })),
    }),
  );
  const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: {
        mediaType: 'application/vnd.oci.image.config.v1+json',
        digest: sha(config),
        size: config.length,
      },
      layers: layers.map((l) => ({
        mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
        digest: l.digest,
        size: l.size,
      })),
    }),
  );
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: sha(manifest),
          size: manifest.length,
          platform: { os: 'linux', architecture: 'amd64' },
        },
      ],
    }),
  );
  const archive = path.join(dir, 'big-image.oci.tar');
  const p = pack();
  const done = pipeline(p as unknown as NodeJS.ReadableStream, createWriteStream(`${archive}.part`));
  const add = (name: string, body: Buffer) =>
    new Promise<void>((resolve, reject) =>
      p.entry({ name, size: body.length }, body, (e) => (e ? reject(e) : resolve())),
    );
  await add('oci-layout', Buffer.from('{"imageLayoutVersion":"1.0.0"}'));
  await add('index.json', index);
  await add(`blobs/sha256/${sha(config).slice(7)}`, config);
  await add(`blobs/sha256/${sha(manifest).slice(7)}`, manifest);
  for (const l of layers)
    await new Promise<void>((resolve, reject) => {
      const sink = p.entry({ name: `blobs/sha256/${l.digest.slice(7)}`, size: l.size }, (e) =>
        e ? reject(e) : resolve(),
      );
      createReadStream(l.file).pipe(sink as unknown as NodeJS.WritableStream);
    });
  p.finalize();
  await done;
  renameSync(`${archive}.part`, archive);
  const result: BigImage = {
    archive,
    layerFiles: layers.map((l) => l.file),
    contentBytes,
    compressedBytes: layers.reduce((n, l) => n + l.size, 0),
    files,
  };
  writeFileSync(manifestFile, JSON.stringify(result, null, 2));
  return result;
}
