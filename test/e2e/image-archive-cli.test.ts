/**
 * The bundled CLI, the real BuildKit builder: the build's OCI archive is written to the run's scratch directory
 * and deleted with it, so after `go-container-ci run` the report directory holds no *.tar (and no scratch
 * directory is left under TMPDIR); with --keep-image-archive the archive the checks read is at the path asked
 * for, and it is the image the digest output names.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { run } from '../../src/tools/exec.js';
import { openImageSource } from '../../src/image/source.js';
import { archiveRoot } from '../../src/registry/push.js';
import { loadTestEnv, toolEnv } from '../helpers/env.js';
import { REPO_ROOT } from '../helpers/action.js';
import { tempDirs } from '../helpers/temp-dirs.js';

const TINY = path.join(REPO_ROOT, 'test', 'fixtures', 'apps', 'tiny');

const tempDir = tempDirs();

function tarsUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.tar'));
}

async function runCli(reportDir: string, tmp: string, extra: string[] = []) {
  const env = loadTestEnv();
  const r = await run(
    process.execPath,
    [
      path.join(REPO_ROOT, 'dist', 'cli.js'),
      'run',
      '--context',
      TINY,
      '--tags',
      'gcc.test/archive-scratch:dev',
      '--builder',
      env.builder,
      '--build-args',
      `GOLANG_IMAGE=${env.images.golang}`,
      '--build-args',
      `RUNTIME_IMAGE=${env.images.static}`,
      '--layer-cache',
      'none',
      '--skip',
      'sbom,scan,reachability,cache-restore,cache-save',
      '--fail-on',
      'never',
      '--report-dir',
      reportDir,
      ...extra,
    ],
    { cwd: path.dirname(TINY), env: toolEnv({ TMPDIR: tmp }), timeoutMs: 600_000, okExitCodes: [0, 1] },
  );
  const outputs: Record<string, string> = {};
  for (const m of r.stdout.matchAll(/^([a-z-]+)=(.*)$/gm)) outputs[m[1] as string] = m[2] as string;
  return { ...r, outputs };
}

describe('image archives after a CLI run', () => {
  it('report-dir holds no *.tar and the scratch directory is gone', async () => {
    // The run's TMPDIR is a directory of its own (to see what is left in it); the report goes inside it.
    const tmp = tempDir('gcc-archive-cli-tmp-');
    const reportDir = mkdtempSync(path.join(tmp, 'report-'));
    const r = await runCli(reportDir, tmp);
    if (r.exitCode !== 0) console.log(r.stderr.slice(-4000));
    expect(r.exitCode).toBe(0);
    expect(r.outputs.digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(readdirSync(reportDir)).toContain('report.md');
    expect(tarsUnder(reportDir)).toEqual([]);
    expect(readdirSync(tmp).filter((f) => f !== path.basename(reportDir))).toEqual([]);
  }, 900_000);

  it('--keep-image-archive keeps the checked archive where asked', async () => {
    const tmp = tempDir('gcc-archive-cli-tmp-');
    const reportDir = mkdtempSync(path.join(tmp, 'report-'));
    const keepDir = mkdtempSync(path.join(tmp, 'keep-'));
    const keep = path.join(keepDir, 'tiny.oci.tar');
    const r = await runCli(reportDir, tmp, ['--keep-image-archive', keep]);
    if (r.exitCode !== 0) console.log(r.stderr.slice(-4000));
    expect(r.exitCode).toBe(0);
    expect(tarsUnder(reportDir)).toEqual([]);
    expect(tarsUnder(keepDir)).toEqual(['tiny.oci.tar']);
    expect((await archiveRoot(await openImageSource(keep))).digest).toBe(r.outputs.digest);
    expect(r.stderr).toContain(`image archive kept at ${keep} (keep-image-archive)`);
  }, 900_000);
});
