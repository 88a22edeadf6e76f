// Renders the job summary of a realistic run (test/helpers/report-fixture.ts: discover, lint and snapshot
// really run on test/fixtures/report/app; build facts as a real build reports them; deltas against a base
// branch baseline) to HTML with our own renderer (src/report/html.ts), and screenshots it with headless
// Chromium (Debian: apt-get install -y chromium) into docs/images/summary.png.
//
//   node scripts/render-summary.mjs [--out docs/images/summary.png] [--html FILE] [--md FILE] [--width 1200]
//     [--height 2560] [--what summary|comment]
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
import { fixtureContext, fixtureBaseline } from './test/helpers/report-fixture.ts';
import { verdict } from './src/pipeline/pipeline.ts';
import { computeDeltas } from './src/report/baseline.ts';
import { currentBaseline, REPORT_FILES } from './src/report/report.ts';
import { planAnnotations, GITHUB_ANNOTATION_LIMITS } from './src/report/annotations.ts';
import { renderSummary } from './src/report/summary.ts';
import { renderHtmlPage } from './src/report/html.ts';
import { renderComment } from './src/report/comment.ts';
import { commentMarker } from './src/github/comments.ts';
export async function render(what) {
  const ctx = await fixtureContext({ workspace: ${JSON.stringify(path.join(root, 'test', 'fixtures', 'report', 'app'))} });
  const v = verdict(ctx);
  const deltas = computeDeltas(fixtureBaseline(ctx), currentBaseline(ctx));
  if (what === 'comment') {
    const md = renderComment(ctx, {
      marker: commentMarker('ghcr.io/acme/api'),
      image: 'ghcr.io/acme/api',
      verdict: v,
      deltas,
      runUrl: 'https://github.com/acme/api/actions/runs/1234',
      sha: '8c1e0f4b2a9d7c6e5f4a3b2c1d0e9f8a7b6c5d4e',
    });
    return { md, html: renderHtmlPage(md, 'go-container-ci PR comment') };
  }
  const md = renderSummary(ctx, v, {
    deltas,
    annotations: planAnnotations(ctx.findings, GITHUB_ANNOTATION_LIMITS),
    files: { dir: '/home/runner/work/_temp/go-container-ci-report', names: Object.values(REPORT_FILES) },
    commentNote: 'PR comment updated: https://github.com/acme/api/pull/42#issuecomment-2291',
  });
  return { md, html: renderHtmlPage(md, 'go-container-ci job summary') };
}
`;

const tmp = await mkdtemp(path.join(os.tmpdir(), 'gcc-render-'));
try {
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'render-entry.ts' },
    outfile: path.join(tmp, 'render.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __gccCreateRequire } from 'node:module';\nconst require = __gccCreateRequire(import.meta.url);",
    },
  });
  const { render } = await import(pathToFileURL(path.join(tmp, 'render.mjs')).href);
  const { md, html } = await render(arg('what', 'summary'));
  const htmlFile = path.resolve(arg('html', path.join(tmp, 'summary.html')));
  await writeFile(htmlFile, html);
  if (arg('md')) await writeFile(path.resolve(arg('md')), md);
  await mkdir(path.dirname(out), { recursive: true });
  const profile = await mkdtemp(path.join(os.tmpdir(), 'gcc-chromium-'));
  const height = Number(arg('height', '2560'));
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
}
