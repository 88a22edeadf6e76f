// `predemo` / `pretest`: on a fresh clone `npm run demo` and `npm test` are the first commands run, so install
// the npm dependencies first, with `npm ci`, only when node_modules is absent or older than package-lock.json
// (npm writes node_modules/.package-lock.json on every install). A second run does nothing.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mtime = (p) => {
  try {
    return statSync(path.join(root, p)).mtimeMs;
  } catch {
    return undefined;
  }
};

const installed = mtime('node_modules/.package-lock.json');
const lock = mtime('package-lock.json');
if (installed !== undefined && lock !== undefined && installed >= lock) process.exit(0);
console.error(
  installed === undefined
    ? 'node_modules is missing: npm ci (once, about a minute)'
    : 'package-lock.json is newer than node_modules: npm ci',
);
const npm = process.env.npm_execpath
  ? [process.execPath, [process.env.npm_execpath, 'ci', '--no-audit', '--no-fund']]
  : ['npm', ['ci', '--no-audit', '--no-fund']];
const r = spawnSync(npm[0], npm[1], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
