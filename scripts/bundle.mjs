// Bundles the action and the CLI into dist/, and writes action.yml, docs/inputs.md and docs/migrate.md's tables
// from the tables in src/. `--outdir DIR` writes everything under DIR instead (check-dist compares the two).
import { build } from 'esbuild';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--outdir');
const outRoot = outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : root;
const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

// CommonJS dependencies (dockerode and friends) call require(); give the ESM bundle one.
// Some (ssh2's emscripten glue) also read __dirname/__filename: `define` maps the free ones to these.
const banner = [
  "import { createRequire as __gccCreateRequire } from 'node:module';",
  "import { fileURLToPath as __gccFileURLToPath } from 'node:url';",
  "import { dirname as __gccDirname } from 'node:path';",
  'const require = __gccCreateRequire(import.meta.url);',
  'const __gcc_filename = __gccFileURLToPath(import.meta.url);',
  'const __gcc_dirname = __gccDirname(__gcc_filename);',
].join('\n');

await rm(path.join(outRoot, 'dist'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/action.ts', cli: 'src/cli.ts' },
  outdir: path.join(outRoot, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  banner: { js: banner },
  define: {
    __VERSION__: JSON.stringify(pkg.version),
    __dirname: '__gcc_dirname',
    __filename: '__gcc_filename',
  },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [
    {
      // Optional native add-ons of ssh2 (used by docker-modem for ssh:// hosts) load inside try/catch.
      name: 'optional-native',
      setup(b) {
        b.onResolve({ filter: /\.node$|^cpu-features$/ }, (args) => ({ path: args.path, external: true }));
      },
    },
  ],
});
// The CLI is run as a program.
const cliPath = path.join(outRoot, 'dist', 'cli.js');
await writeFile(cliPath, `#!/usr/bin/env node\n${await readFile(cliPath, 'utf8')}`, { mode: 0o755 });
await writeFile(path.join(outRoot, 'dist', 'package.json'), '{ "type": "module" }\n');

// Generated docs: compile the tables and render them.
const tmp = await mkdtemp(path.join(os.tmpdir(), 'gcc-gen-'));
try {
  await build({
    absWorkingDir: root,
    entryPoints: {
      tables: 'scripts/tables.ts',
      corpus: 'scripts/corpus.ts',
      rulesIndex: 'scripts/rules-index.ts',
    },
    outdir: tmp,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const { renderActionYml, renderInputsDoc, withBuildPushTables } = await import(
    pathToFileURL(path.join(tmp, 'tables.js')).href
  );
  await writeFile(path.join(outRoot, 'action.yml'), renderActionYml());
  await mkdir(path.join(outRoot, 'docs'), { recursive: true });
  await writeFile(path.join(outRoot, 'docs', 'inputs.md'), renderInputsDoc());
  // docs/migrate.md: the build-push-action tables, from src/config/build-push-action.ts.
  const migrate = await readFile(path.join(root, 'docs', 'migrate.md'), 'utf8');
  await writeFile(path.join(outRoot, 'docs', 'migrate.md'), withBuildPushTables(migrate));
  // docs/rules/README.md: the index from the catalogue, and the precision/recall section measured on the
  // real-Dockerfile corpus.
  const rulesIndex = await import(pathToFileURL(path.join(tmp, 'rulesIndex.js')).href);
  const corpus = await import(pathToFileURL(path.join(tmp, 'corpus.js')).href);
  const judged = corpus.judge(
    await corpus.lintCorpus(path.join(root, 'test', 'corpus')),
    corpus.readExpectations(path.join(root, 'test', 'corpus')),
  );
  const readme = await readFile(path.join(root, 'docs', 'rules', 'README.md'), 'utf8');
  await mkdir(path.join(outRoot, 'docs', 'rules'), { recursive: true });
  await writeFile(
    path.join(outRoot, 'docs', 'rules', 'README.md'),
    corpus.withPrecision(
      rulesIndex.withRulesIndex(readme, rulesIndex.renderRulesIndex()),
      corpus.renderPrecision(judged),
    ),
  );
} finally {
  await rm(tmp, { recursive: true, force: true });
}
