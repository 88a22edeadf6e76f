// Renders the job summary of a real run to docs/images/summary.png: examples/workflows/pr-build.yml run by
// nektos/act on a pull_request payload against the local environment (test/helpers/act-examples.ts: the
// environment's builder, module proxy, trivy database and the fake GitHub REST API), the summary markdown
// taken from act's log as the runner collected it, rendered to HTML with GitHub-like styling
// (src/report/html.ts) and screenshotted with headless Chromium (Debian: apt-get install -y chromium
// fonts-liberation fonts-noto-color-emoji; without them digits and emoji fall to the wrong fonts).
// Needs the local environment (npm run env:up).
//
//   node scripts/render-summary.mjs [--out docs/images/summary.png] [--html FILE] [--md FILE] [--width 1200]
//     [--height 2000] [--what summary|comment]
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const out = path.resolve(arg('out', path.join(root, 'docs', 'images', 'summary.png')));
const width = Number(arg('width', '1200'));

const entry = `
import { runPrExample } from './test/helpers/act-examples.ts';
import { renderHtmlPage } from './src/report/html.ts';
export async function render(what) {
  const { run, summary, comments } = await runPrExample();
  if (run.exitCode !== 0) throw new Error('the act run failed (exit ' + run.exitCode + '):\\n' + run.output.slice(-4000));
  if (what === 'comment') {
    const md = comments[0]?.body;
    if (!md) throw new Error('the act run wrote no pull request comment');
    return { md, html: renderHtmlPage(md, 'go-container-ci PR comment') };
  }
  if (!summary.trim()) throw new Error('the act run wrote no job summary');
  return { md: summary, html: renderHtmlPage(summary, 'go-container-ci job summary') };
}
`;

const tmp = await mkdtemp(path.join(os.tmpdir(), 'gcc-render-'));
const bundled = path.join(root, 'test', 'helpers', `.render-summary-${process.pid}.mjs`);
try {
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'render-entry.ts' },
    // Next to the helpers it bundles: they find the repository from their own location (import.meta.url).
    outfile: bundled,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __gccCreateRequire } from 'node:module';\nconst require = __gccCreateRequire(import.meta.url);",
    },
  });
  const { render } = await import(pathToFileURL(bundled).href);
  const { md, html } = await render(arg('what', 'summary'));
  const htmlFile = path.resolve(arg('html', path.join(tmp, 'summary.html')));
  await writeFile(htmlFile, html);
  if (arg('md')) await writeFile(path.resolve(arg('md')), md);
  await mkdir(path.dirname(out), { recursive: true });
  const profile = await mkdtemp(path.join(os.tmpdir(), 'gcc-chromium-'));
  const height = Number(arg('height', '2000'));
  await new Promise((resolve, reject) => {
    execFile(
      process.env.CHROMIUM || 'chromium',
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--hide-scrollbars',
        `--user-data-dir=${profile}`,
        `--screenshot=${out}`,
        `--window-size=${width},${height}`,
        pathToFileURL(htmlFile).href,
      ],
      { timeout: 120_000 },
      (err, _stdout, stderr) =>
        err ? reject(new Error(`chromium failed: ${err.message}\n${stderr.slice(-2000)}`)) : resolve(),
    );
  });
  await rm(profile, { recursive: true, force: true });
  process.stdout.write(`${out}\n`);
} finally {
  await rm(tmp, { recursive: true, force: true });
  await rm(bundled, { force: true });
}
