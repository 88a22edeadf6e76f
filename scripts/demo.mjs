// `npm run demo`: runs the pipeline (the bundled CLI) on examples/hello-api against the local environment:
// build with BuildKit, push to the local registry, print the digest. Run after scripts/env-up.sh.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const home =
  process.env.GCC_HOME ||
  path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'go-container-ci');
const env = JSON.parse(readFileSync(path.join(home, 'run', 'env.json'), 'utf8'));
const tag = `${env.registry}/demo/hello-api:latest`;
const args = [
  path.join(root, 'dist', 'cli.js'),
  'run',
  '--context',
  'examples/hello-api',
  '--tags',
  tag,
  '--push',
  '--builder',
  env.builder,
  '--build-args',
  `GOPROXY=${env.goproxyUrl}`,
  '--build-args',
  `REGISTRY=${env.registry}`,
  // The scan runs offline on the test database; the demo shows its findings without failing on them.
  '--trivy-cache-dir',
  env.trivyCacheDir,
  '--trivy-skip-db-update',
  '--fail-on',
  'never',
  '--report-dir',
  path.join(os.tmpdir(), 'go-container-ci-demo'),
];
console.error(`demo: go-container-ci ${args.slice(1).join(' ')}`);
const r = spawnSync(process.execPath, args, {
  cwd: root,
  env: { ...process.env, PATH: `${env.binDir}${path.delimiter}${process.env.PATH}` },
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
});
process.stdout.write(r.stdout);
const digest = /^digest=(sha256:[a-f0-9]{64})$/m.exec(r.stdout)?.[1];
if (digest) console.log(`\nPushed ${tag}@${digest}`);
process.exit(r.status ?? 1);
