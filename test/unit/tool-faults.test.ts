/**
 * The tool classes under faults, with small fake executables on PATH (our error handling, not the tools'
 * function): a missing tool names itself and how to get it, a crash carries its stderr tail, invalid JSON
 * is reported as such.
 */
import { chmodSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Syft } from '../../src/tools/syft.js';
import { Trivy } from '../../src/tools/trivy.js';
import { Cosign } from '../../src/tools/cosign.js';
import { ToolNotFoundError } from '../../src/tools/exec.js';

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
  for (const t of ['sh', 'cat', 'echo']) {
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
    const link = ['/bin/sleep', '/usr/bin/sleep'].find((p) => existsSync(p));
    if (link) symlinkSync(link, path.join(bin, 'sleep'));
    await expect(new Trivy(env()).scanSbom('/s.json', {}, 300)).rejects.toThrow(
      /trivy did not finish within 300 ms and was killed/,
    );
  });
});
