/** The requests of several images built in one session: each its own archive and its own layer-cache scope. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildRequest } from '../../../src/buildplan/request.js';
import { buildConfig } from '../../../src/config/config.js';
import { configForTarget } from '../../../src/config/target-config.js';
import { Context } from '../../../src/core/context.js';
import { LocalHost } from '../../../src/host/local.js';
import { REPORT_APP } from '../../helpers/report-fixture.js';

describe('build requests with targets', () => {
  it('never share an OCI archive or a layer-cache export', async () => {
    const reportDir = mkdtempSync(path.join(os.tmpdir(), 'gcc-targets-req-'));
    const inputs: Record<string, string> = {
      targets: 'name=build,tags=ghcr.io/acme/a:1\nname=final,tags=ghcr.io/acme/b:1',
      'layer-cache': 'local',
      // No such builder: its driver is unknown, so the layer cache is not left out as for the docker driver.
      builder: 'gcc-no-such-builder',
      'report-dir': reportDir,
    };
    const config = buildConfig((n) => inputs[n], { workspace: REPORT_APP, defaultReportDir: reportDir });
    const host = new LocalHost({
      reportDir,
      cacheDir: mkdtempSync(path.join(os.tmpdir(), 'gcc-targets-cache-')),
      write: () => undefined,
    });
    try {
      const requests = await Promise.all(
        config.targets.map((t) =>
          buildRequest(
            new Context(configForTarget(config, t), host),
            reportDir,
            path.join(host.tempDir, 's'),
            {
              archiveDir: `build-${t.name}`,
              scopeSuffix: `-${t.name}`,
            },
          ),
        ),
      );
      const archives = requests.map((r) => r.outputs.find((o) => o.kind === 'oci'));
      expect(new Set(archives.map((a) => (a?.kind === 'oci' ? a.dest : undefined))).size).toBe(2);
      const exports = requests.map((r) => r.cacheTo ?? []);
      expect(exports.every((e) => e.length === 1)).toBe(true);
      expect(exports[0]?.[0]).toMatch(/go-container-ci-default-build,mode=max/);
      expect(exports[1]?.[0]).toMatch(/go-container-ci-default-final,mode=max/);
      expect(requests.map((r) => [r.target, r.tags])).toEqual([
        ['build', ['ghcr.io/acme/a:1']],
        ['final', ['ghcr.io/acme/b:1']],
      ]);
    } finally {
      await host.dispose();
    }
  });
});
