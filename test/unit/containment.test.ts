/**
 * Paths the action reads or writes stay where they belong (issue 16, Low): the default Dockerfile and the
 * .dockerignore are symlink-checked like explicit paths (a link out of the workspace is an input error), and
 * report-dir must be inside the workspace or a temporary directory.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildConfig, ConfigError } from '../../src/config/config.js';
import { InputError } from '../../src/config/errors.js';
import { LocalHost } from '../../src/host/local.js';
import { Context } from '../../src/core/context.js';
import { discoverStage } from '../../src/features/discover/stage.js';

let root: string;
let ws: string;
let outside: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gcc-containment-'));
  ws = path.join(root, 'ws');
  outside = path.join(root, 'outside');
  mkdirSync(ws);
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(path.join(outside, 'ignore'), '*\n');
  writeFileSync(path.join(ws, 'go.mod'), 'module example.com/app\n\ngo 1.26\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const config = (inputs: Record<string, string> = {}) =>
  buildConfig((n) => inputs[n], { workspace: ws, defaultReportDir: path.join(ws, 'report') });

function inputsOf(e: unknown): string[] {
  expect(e).toBeInstanceOf(ConfigError);
  return (e as ConfigError).errors.map((x) => x.input);
}

describe('containment', () => {
  it('the default Dockerfile may not be a link out of the workspace', () => {
    symlinkSync(path.join(outside, 'Dockerfile'), path.join(ws, 'Dockerfile'));
    let err: unknown;
    try {
      config();
    } catch (e) {
      err = e;
    }
    expect(inputsOf(err)).toEqual(['dockerfile']);
    expect((err as Error).message).toMatch(/symbolic link .* outside the workspace/);
  });

  it('a .dockerignore linking out of the workspace is an input error', async () => {
    writeFileSync(path.join(ws, 'Dockerfile'), 'FROM scratch\n');
    symlinkSync(path.join(outside, 'ignore'), path.join(ws, '.dockerignore'));
    const c = config();
    const host = new LocalHost({
      reportDir: c.reportPath,
      cacheDir: path.join(root, 'cache'),
      write: () => undefined,
    });
    const err = await discoverStage.run(new Context(c, host)).catch((e: unknown) => e);
    await host.dispose();
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/\.dockerignore .*outside the workspace/);
  });

  it('report-dir is inside the workspace or a temporary directory', () => {
    expect(config({ 'report-dir': 'out/report' }).reportPath).toBe(path.join(ws, 'out', 'report'));
    expect(config({ 'report-dir': path.join(os.tmpdir(), 'r') }).reportPath).toBe(
      path.join(os.tmpdir(), 'r'),
    );
    for (const bad of ['/etc/go-container-ci', '/var/lib/go-container-ci'])
      expect(
        inputsOf(
          (() => {
            try {
              config({ 'report-dir': bad });
            } catch (e) {
              return e;
            }
          })(),
        ),
      ).toEqual(['report-dir']);
  });
});
