import {
  cpSync,
  mkdtempSync,
  symlinkSync,
  appendFileSync,
  rmSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, ToolFailedError } from '../../src/tools/exec.js';
import { REPO_ROOT } from '../helpers/action.js';

/** check-dist on a copy of the repository: fresh bundle passes, a src change without re-bundling fails. */
describe('check-dist', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-check-dist-'));
    for (const item of ['src', 'scripts', 'package.json', 'test/corpus', 'docs/rules', 'docs/migrate.md'])
      cpSync(path.join(REPO_ROOT, item), path.join(dir, item), { recursive: true });
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
    await run('node', [path.join(dir, 'scripts', 'bundle.mjs')], { cwd: dir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes right after a bundle', async () => {
    const r = await run('bash', [path.join(dir, 'scripts', 'check-dist.sh')], { cwd: dir });
    expect(r.stdout).toMatch(/match src/);
  });

  it('fails on a src change without a re-bundle, naming what is stale', async () => {
    appendFileSync(path.join(dir, 'src', 'action.ts'), "\nconsole.log('changed');\n");
    const err = await run('bash', [path.join(dir, 'scripts', 'check-dist.sh')], { cwd: dir }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ToolFailedError);
    expect((err as ToolFailedError).stderrTail).toMatch(/dist is stale: run 'npm run bundle'/);
  });

  it('fails when an input is added to the table but action.yml is not regenerated', async () => {
    await run('node', [path.join(dir, 'scripts', 'bundle.mjs')], { cwd: dir });
    const inputs = path.join(dir, 'src', 'config', 'inputs.ts');
    appendFileSync(inputs, '\n// a change to the table\n');
    writeFileSync(
      inputs,
      readFileSync(inputs, 'utf8').replace(
        "push: booleanInput('push',",
        "pushy: booleanInput('pushy', 'x', false),\n  push: booleanInput('push',",
      ),
    );
    const err = await run('bash', [path.join(dir, 'scripts', 'check-dist.sh')], { cwd: dir }).catch(
      (e: unknown) => e,
    );
    expect((err as ToolFailedError).stderrTail).toMatch(/action.yml is stale/);
  });
});
