/**
 * The tool classes under faults, with small fake executables on PATH (our error handling, not the tools'
 * function): a missing tool names itself and how to get it, a crash carries its stderr tail, invalid JSON
 * is reported as such.
 */
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Syft } from '../../src/tools/syft.js';
import { Trivy } from '../../src/tools/trivy.js';
import { Cosign } from '../../src/tools/cosign.js';
import { run, ToolError, ToolFailedError, ToolNotFoundError } from '../../src/tools/exec.js';
import { Buildx } from '../../src/tools/buildx.js';
import { record } from '../helpers/hostile.js';

let bin: string;
const env = () => ({ PATH: bin });

function fake(name: string, script: string): void {
  const file = path.join(bin, name);
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o755);
}

beforeEach(() => {
  bin = mkdtempSync(path.join(os.tmpdir(), 'gcc-fake-tools-'));
  // The fakes are shell scripts: they need sh and the usual tools from the system.
  for (const t of ['sh', 'cat', 'echo', 'head', 'kill', 'sleep']) {
    const real = ['/bin', '/usr/bin'].map((d) => path.join(d, t)).find((p) => existsSync(p));
    if (real) symlinkSync(real, path.join(bin, t));
  }
});
afterEach(() => rmSync(bin, { recursive: true, force: true }));

describe('tool faults', () => {
  it('a missing tool names itself and how to get it', async () => {
    await expect(new Cosign(env()).major()).rejects.toThrow(ToolNotFoundError);
    await expect(new Cosign(env()).major()).rejects.toThrow(
      /cosign was not found on PATH: install cosign \(https:\/\/docs\.sigstore\.dev/,
    );
    await expect(new Syft(env()).version()).rejects.toThrow(/syft was not found on PATH: install syft/);
    await expect(new Trivy(env()).version()).rejects.toThrow(/trivy was not found on PATH: install trivy/);
  });

  it('a crashing tool reports its exit code and the tail of its stderr', async () => {
    fake('syft', 'echo "scanning..." >&2\necho "panic: runtime error: index out of range" >&2\nexit 2');
    await expect(
      new Syft(env()).scan('oci-archive:/x.tar', { spdx: '/tmp/s', cyclonedx: '/tmp/c' }),
    ).rejects.toThrow(/syft scan exited with code 2[\s\S]*panic: runtime error: index out of range/);
  });

  it('a tool printing invalid JSON gets a clear error', async () => {
    fake('trivy', 'echo "2026-11-24T10:00:00Z FATAL something went wrong"');
    await expect(new Trivy(env()).scanSbom('/s.json', {})).rejects.toThrow(
      /trivy printed invalid JSON for the scan report .*it began: 2026-11-24T10:00:00Z FATAL/,
    );
  });

  it('a tool that hangs is killed at its timeout', async () => {
    fake('trivy', 'exec sleep 60');
    await expect(new Trivy(env()).scanSbom('/s.json', {}, 300)).rejects.toThrow(
      /trivy did not finish within 300 ms and was killed/,
    );
  });
});

/** Records a fault for scripts/reliability-report.mjs. */
const fault = (name: string) =>
  record({
    suite: 'faults',
    category: 'tool faults',
    name,
    outcome: 'typed-error',
    writesOutsideTemp: 0,
    fault: true,
  });

describe('more tool faults', () => {
  it('docker missing: the build names it and how to get buildx', async () => {
    fault('docker missing');
    await expect(new Buildx(env()).version()).rejects.toThrow(
      /docker was not found on PATH: install Docker with the buildx plugin/,
    );
  });

  it('buildx failing without rawjson progress: the exit code and stderr tail, as a ToolFailedError', async () => {
    fault('buildx exits non-zero');
    fake(
      'docker',
      'echo "ERROR: failed to solve: failed to read dockerfile: open Dockerfile: no such file" >&2\nexit 1',
    );
    const err = await new Buildx(env())
      .build({
        contextDir: '/nonexistent',
        dockerfile: '/nonexistent/Dockerfile',
        platforms: [],
        tags: [],
        outputs: [{ kind: 'cacheonly' }],
        buildArgs: {},
        labels: {},
        metadataFile: path.join(bin, 'metadata.json'),
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolFailedError);
    expect((err as Error).message).toMatch(
      /docker buildx exited with code 1[\s\S]*failed to read dockerfile/,
    );
  });

  it('buildx writing an invalid metadata file after a successful build: a ToolError', async () => {
    fault('buildx writes invalid metadata');
    // The fake finds --metadata-file's value and writes junk there.
    fake(
      'docker',
      'while [ $# -gt 0 ]; do if [ "$1" = "--metadata-file" ]; then echo "{not json" > "$2"; fi; shift; done\nexit 0',
    );
    const err = await new Buildx(env())
      .build({
        contextDir: bin,
        dockerfile: path.join(bin, 'Dockerfile'),
        platforms: [],
        tags: [],
        outputs: [{ kind: 'cacheonly' }],
        buildArgs: {},
        labels: {},
        metadataFile: path.join(bin, 'metadata.json'),
      })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ToolError);
    expect((err as Error).message).toMatch(/buildx metadata file is not JSON/);
  });

  it('a tool killed by a signal says so', async () => {
    fault('tool killed by a signal');
    fake('syft', 'kill -9 $$');
    await expect(new Syft(env()).version()).rejects.toThrow(/syft version was killed by SIGKILL/);
  });

  it('a tool that cannot be executed (no interpreter line) is a ToolError, not a crash', async () => {
    fault('tool cannot be executed');
    writeFileSync(path.join(bin, 'trivy'), 'not a program');
    chmodSync(path.join(bin, 'trivy'), 0o755);
    await expect(new Trivy(env()).version()).rejects.toThrow(ToolError);
  });

  it('a tool flooding stdout is stopped at the limit', async () => {
    fault('tool floods stdout');
    fake('flood', 'exec cat /dev/zero');
    await expect(
      run('flood', [], { env: env(), maxStdoutBytes: 1024 * 1024, timeoutMs: 30_000 }),
    ).rejects.toThrow(/flood printed more than 1048576 bytes on stdout and was stopped/);
  });

  it('a hung tool and its children are all gone after the timeout', async () => {
    fault('tool hangs with a child');
    const pidFile = path.join(bin, 'child.pid');
    fake('hang', `sleep 60 &\necho $! > ${pidFile}\nwait`);
    await expect(run('hang', [], { env: env(), timeoutMs: 300 })).rejects.toThrow(
      /hang did not finish within 300 ms/,
    );
    const child = Number(readFileSync(pidFile, 'utf8').trim());
    await new Promise((r) => setTimeout(r, 200));
    // Gone, or a zombie waiting for init to reap it: either way it no longer runs.
    const state = (() => {
      try {
        return /^\d+ \(.*\) (\S)/.exec(readFileSync(`/proc/${child}/stat`, 'utf8'))?.[1] ?? 'gone';
      } catch {
        return 'gone';
      }
    })();
    expect(['gone', 'Z', 'X']).toContain(state);
  });
});
