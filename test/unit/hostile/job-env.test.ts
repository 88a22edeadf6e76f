/**
 * Hostile job-environment Go variables with credentials (test/hostile/job-env.json, issue 16 Medium 5): the
 * snapshot as shown and stored, its findings and the buildx argv never hold the secret.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { redactSnapshot, takeSnapshot, GO_VARS } from '../../../src/snapshot/snapshot.js';
import { snapshotFindings } from '../../../src/features/snapshot/stage.js';
import { forwardedJobEnv } from '../../../src/buildplan/request.js';
import { buildxBuildArgs } from '../../../src/tools/buildx.js';
import { HOSTILE_DIR, record } from '../../helpers/hostile.js';

const corpus = JSON.parse(readFileSync(path.join(HOSTILE_DIR, 'job-env.json'), 'utf8')) as {
  marker: string;
  cases: { name: string; env: Record<string, string> }[];
};
const DOCKERFILE = `FROM golang:1.24 AS build\n${GO_VARS.map((v) => `ARG ${v}`).join('\n')}\nRUN go build ./...\n`;

describe('hostile job-env values (test/hostile/job-env.json)', () => {
  it.each(corpus.cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const started = performance.now();
    let leaked = 0;
    try {
      const shown = redactSnapshot(
        takeSnapshot({
          dockerfileText: DOCKERFILE,
          platforms: ['linux/amd64'],
          buildArgs: {},
          jobEnv: c.env,
          defaultPlatform: 'linux/amd64',
        }),
      );
      const forwarded = forwardedJobEnv(Object.keys(shown.forwardedBuildArgs), c.env);
      const argv = buildxBuildArgs({
        contextDir: '/ctx',
        dockerfile: '/ctx/Dockerfile',
        platforms: [],
        tags: [],
        outputs: [{ kind: 'cacheonly' }],
        buildArgs: forwarded.buildArgs,
        labels: {},
        metadataFile: '/tmp/m.json',
        secrets: forwarded.secrets,
      });
      const places = {
        snapshot: JSON.stringify(shown),
        findings: JSON.stringify(snapshotFindings(shown, 'Dockerfile', c.env)),
        argv: argv.join('\n'),
      };
      leaked = Object.values(places).filter((t) => t.includes(corpus.marker)).length;
      expect(Object.entries(places).filter(([, t]) => t.includes(corpus.marker))).toEqual([]);
      expect(Object.keys(shown.forwardedBuildArgs).sort()).toEqual(Object.keys(c.env).sort());
    } finally {
      record({
        suite: 'hostile',
        category: 'job-env credentials',
        name,
        outcome: 'ok',
        ms: Math.round(performance.now() - started),
        writesOutsideTemp: 0,
        secretsLeaked: leaked,
      });
    }
  });
});
