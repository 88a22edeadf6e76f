import fc from 'fast-check';
import {
  BakeProgress,
  BakeRequestError,
  bakeDefinition,
  bakeEntitlements,
  bakeTargetNames,
  bakeWriteDirs,
  buildxBakeArgs,
  hclLiteral,
  parseBakeMetadata,
  provenanceAttest,
  splitStepName,
  type BakeTarget,
} from '../../../src/tools/buildx-bake.js';
import type { BuildRequest } from '../../../src/tools/buildx.js';

const base: BuildRequest = {
  contextDir: '/w/app',
  dockerfile: '/w/app/Dockerfile',
  platforms: [],
  tags: [],
  outputs: [],
  buildArgs: {},
  labels: {},
  metadataFile: '/tmp/m.json',
};

const files = { definitionFile: '/run/bake.json', metadataFile: '/run/metadata.json' };

/** Every field of BuildRequest set. */
const full: BuildRequest = {
  contextDir: '/w/app',
  dockerfile: '/w/docker/Dockerfile.api',
  target: 'api',
  platforms: ['linux/amd64', 'linux/arm64'],
  tags: ['r.test/api:1', 'r.test/api:latest'],
  outputs: [
    { kind: 'oci', dest: '/run/images/api.oci.tar' },
    { kind: 'extra', spec: 'type=local,dest=/out/bin' },
  ],
  buildArgs: { GOFLAGS: '-tags=a b', SOURCE_DATE_EPOCH: '1' },
  labels: { 'org.opencontainers.image.revision': 'abc' },
  builder: 'gcc-local',
  metadataFile: '/run/unused.json',
  iidFile: '/run/api.iid',
  provenance: 'mode=max',
  noCache: true,
  secrets: ['id=netrc,src=/secrets/netrc', 'id=token,env=GH_TOKEN'],
  cacheFrom: ['type=local,src=/cache/in', 'type=gha,scope=api'],
  cacheTo: ['type=local,dest=/cache/out,mode=max'],
  ssh: ['default', 'deploy=/keys/id_ed25519'],
  sourceDateEpoch: 1_700_000_000,
  annotations: ['index:org.opencontainers.image.vendor=e2e'],
  buildContexts: ['lib=/w/lib', 'base=docker-image://r.test/base:1', 'gen=target:gen'],
  pull: true,
  noCacheFilters: ['build'],
  network: 'host',
  addHosts: ['db:10.0.0.2', 'v6=::1'],
  allow: ['network.host'],
  shmSize: '128m',
  ulimits: ['nofile=1024:2048'],
  attests: ['type=sbom,generator=r.test/sbom:1'],
};

describe('bakeDefinition', () => {
  it('maps every field of a request to its bake attribute', () => {
    expect(bakeDefinition([{ name: 'api', request: full }])).toEqual({
      group: { default: { targets: ['api'] } },
      target: {
        api: {
          context: '/w/app',
          dockerfile: '/w/docker/Dockerfile.api',
          target: 'api',
          platforms: ['linux/amd64', 'linux/arm64'],
          tags: ['r.test/api:1', 'r.test/api:latest'],
          // An explicit SOURCE_DATE_EPOCH build arg wins, as with `buildx build`.
          args: { GOFLAGS: '-tags=a b', SOURCE_DATE_EPOCH: '1' },
          labels: { 'org.opencontainers.image.revision': 'abc' },
          annotations: ['index:org.opencontainers.image.vendor=e2e'],
          attest: ['type=sbom,generator=r.test/sbom:1', 'type=provenance,mode=max'],
          contexts: { lib: '/w/lib', base: 'docker-image://r.test/base:1', gen: 'target:gen' },
          secret: ['id=netrc,src=/secrets/netrc', 'id=token,env=GH_TOKEN'],
          ssh: ['default', 'deploy=/keys/id_ed25519'],
          'cache-from': ['type=local,src=/cache/in', 'type=gha,scope=api'],
          'cache-to': ['type=local,dest=/cache/out,mode=max'],
          output: [
            'type=oci,dest=/run/images/api.oci.tar,rewrite-timestamp=true',
            'type=local,dest=/out/bin',
          ],
          'no-cache': true,
          'no-cache-filter': ['build'],
          pull: true,
          network: 'host',
          'extra-hosts': { db: '10.0.0.2', v6: '::1' },
          entitlements: ['network.host'],
          'shm-size': '128m',
          ulimits: ['nofile=1024:2048'],
        },
      },
    });
  });

  it('adds SOURCE_DATE_EPOCH as a build arg and leaves empty attributes out', () => {
    const def = bakeDefinition([
      { name: 'a', request: { ...base, sourceDateEpoch: 42, outputs: [{ kind: 'load' }] } },
    ]);
    expect(def.target.a).toEqual({
      context: '/w/app',
      dockerfile: '/w/app/Dockerfile',
      args: { SOURCE_DATE_EPOCH: '42' },
      labels: {},
      output: ['type=docker,rewrite-timestamp=true'],
    });
  });

  it('gives each target its own request under its bake name', () => {
    const def = bakeDefinition([
      { name: 'api', request: { ...base, target: 'api', outputs: [{ kind: 'oci', dest: '/o/api.tar' }] } },
      {
        name: 'worker.v2',
        request: { ...base, target: 'worker', outputs: [{ kind: 'oci', dest: '/o/w.tar' }] },
      },
    ]);
    expect(def.group.default.targets).toEqual(['api', 'worker_v2']);
    expect(Object.keys(def.target)).toEqual(['api', 'worker_v2']);
    expect(def.target.worker_v2?.target).toBe('worker');
    expect(def.target.worker_v2?.output).toEqual(['type=oci,dest=/o/w.tar']);
  });

  it('refuses what bake cannot express, naming it', () => {
    expect(() => bakeDefinition([{ name: 'a', request: { ...base, cgroupParent: '/ci' } }])).toThrow(
      /cgroup-parent.*bake has no cgroup-parent/,
    );
    expect(() => bakeDefinition([{ name: 'a', request: { ...base, contextDir: 'app' } }])).toThrow(
      /context 'app' must be an absolute path/,
    );
    expect(() => bakeDefinition([{ name: 'a', request: { ...base, dockerfile: 'Dockerfile' } }])).toThrow(
      BakeRequestError,
    );
    expect(() =>
      bakeDefinition([{ name: 'a', request: { ...base, addHosts: ['db:1.1.1.1', 'db:2.2.2.2'] } }]),
    ).toThrow(/one address per host/);
    expect(() => bakeDefinition([{ name: 'a', request: { ...base, addHosts: ['nohost'] } }])).toThrow(
      /host:ip/,
    );
  });

  it('escapes every string bake would read as an HCL template, keys included', () => {
    const def = bakeDefinition([
      {
        name: 'a',
        request: {
          ...base,
          buildArgs: { 'X${A}': '${HOME}', Y: '%{ if true }x%{ endif }' },
          labels: { l: '$${literal}' },
          tags: ['r.test/a:${TAG}'],
        },
      },
    ]);
    expect(def.target.a?.args).toEqual({ 'X$${A}': '$${HOME}', Y: '%%{ if true }x%%{ endif }' });
    expect(def.target.a?.labels).toEqual({ l: '$$${literal}' });
    expect(def.target.a?.tags).toEqual(['r.test/a:$${TAG}']);
  });
});

/** HCL's template reading of a literal: `$${` and `%%{` are escapes, `${` and `%{` start an interpolation. */
function readTemplate(s: string): string | undefined {
  let out = '';
  for (let i = 0; i < s.length;) {
    if (s.startsWith('$${', i) || s.startsWith('%%{', i)) {
      out += s.slice(i + 1, i + 3);
      i += 3;
    } else if (s.startsWith('${', i) || s.startsWith('%{', i)) return undefined;
    else out += s[i++];
  }
  return out;
}

describe('hclLiteral', () => {
  it('reads back as the same string, never as an interpolation', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[$%{}a-z ]*$/), (s) => {
        expect(readTemplate(hclLiteral(s))).toBe(s);
      }),
    );
    expect(hclLiteral('${HOME} %{ x } $${y} $ %')).toBe('$${HOME} %%{ x } $$${y} $ %');
  });
});

describe('bakeTargetNames', () => {
  it('keeps valid names and maps the others to valid, distinct, unreserved ones', () => {
    expect([
      ...bakeTargetNames(['api', 'worker.v2', 'default', 'internal', '', 'a b/c', '--push', '${x}']),
    ]).toEqual([
      ['api', 'api'],
      ['worker.v2', 'worker_v2'],
      ['default', 'default_'],
      ['internal', 'internal_'],
      ['', '_'],
      ['a b/c', 'a_b_c'],
      ['--push', '--push'],
      ['${x}', '__x_'],
    ]);
  });

  it('never takes the name another target has', () => {
    expect([...bakeTargetNames(['a.b', 'a_b'])]).toEqual([
      ['a.b', 'a_b_2'],
      ['a_b', 'a_b'],
    ]);
    expect([...bakeTargetNames(['a_b', 'a.b', 'a:b'])]).toEqual([
      ['a_b', 'a_b'],
      ['a.b', 'a_b_2'],
      ['a:b', 'a_b_3'],
    ]);
  });

  it('refuses a repeated name', () => {
    expect(() => bakeTargetNames(['api', 'api'])).toThrow(/'api' is named twice/);
  });

  it('any names: valid, distinct, not reserved', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 8 }), (names) => {
        const mapped = [...bakeTargetNames(names).values()];
        expect(new Set(mapped).size).toBe(names.length);
        for (const m of mapped) {
          expect(m).toMatch(/^[A-Za-z0-9_-]+$/);
          expect(['default', 'internal']).not.toContain(m);
        }
      }),
    );
  });
});

describe('bakeEntitlements', () => {
  it('grants exactly the paths the requests name: reads, writes, and the allow input', () => {
    expect(bakeEntitlements([{ name: 'api', request: full }])).toEqual([
      'fs.read=/w/app',
      'fs.read=/w/docker/Dockerfile.api',
      'fs.read=/w/lib',
      'fs.read=/secrets/netrc',
      'fs.read=/keys/id_ed25519',
      'fs.read=/cache/in',
      // An archive is written next to where it goes; a local exporter writes its directory.
      'fs.write=/run/images',
      'fs.write=/out/bin',
      'fs.write=/cache/out',
      'network.host',
    ]);
  });

  it('adds nothing for a load, a registry cache or env secrets; merges targets without repeats', () => {
    const a: BakeTarget = {
      name: 'a',
      request: {
        ...base,
        outputs: [{ kind: 'load' }, { kind: 'cacheonly' }, { kind: 'extra', spec: 'type=tar,dest=-' }],
        secrets: ['id=t,env=TOKEN'],
        cacheFrom: ['type=registry,ref=r.test/c'],
        ssh: ['default'],
        allow: ['device=/dev/fuse'],
      },
    };
    const b: BakeTarget = { name: 'b', request: { ...base, outputs: [{ kind: 'oci', dest: '/o/b.tar' }] } };
    const c: BakeTarget = { name: 'c', request: { ...base, outputs: [{ kind: 'tar', dest: '/o/c.tar' }] } };
    expect(bakeEntitlements([a, b, c])).toEqual([
      'fs.read=/w/app',
      'fs.read=/w/app/Dockerfile',
      'fs.write=/o',
    ]);
    expect(bakeWriteDirs([a, b, c])).toEqual(['/o']);
  });

  it('never grants the whole filesystem, whatever the paths', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }), (names) => {
        const req: BuildRequest = {
          ...base,
          outputs: names.map((n) => ({ kind: 'oci' as const, dest: `/o/${n}.tar` })),
          secrets: names.map((n) => `id=s,src=/s/${n}`),
        };
        for (const e of bakeEntitlements([{ name: 'a', request: req }])) {
          expect(e).toMatch(/^fs\.(read|write)=\//);
          expect(e).not.toMatch(/^fs=|=\*$/);
        }
      }),
    );
  });
});

describe('buildxBakeArgs', () => {
  const two: BakeTarget[] = [
    { name: 'api', request: { ...base, builder: 'b1', outputs: [{ kind: 'oci', dest: '/o/api.tar' }] } },
    { name: '--push', request: { ...base, builder: 'b1', outputs: [{ kind: 'oci', dest: '/o/w.tar' }] } },
  ];

  it('reads the definition file, names the metadata file and builder, grants, then names targets after --', () => {
    expect(buildxBakeArgs(two, files)).toEqual([
      'buildx',
      'bake',
      '--progress=rawjson',
      '--file',
      '/run/bake.json',
      '--metadata-file',
      '/run/metadata.json',
      '--builder',
      'b1',
      '--allow',
      'fs.read=/w/app',
      '--allow',
      'fs.read=/w/app/Dockerfile',
      '--allow',
      'fs.write=/o',
      '--',
      'api',
      '--push',
    ]);
  });

  it('keeps a hostile path one argument', () => {
    const args = buildxBakeArgs(
      [{ name: 'a', request: { ...base, secrets: ['id=s,src=/s/a b;rm -rf'], contextDir: '/w/x y' } }],
      files,
    );
    expect(args).toContain('fs.read=/s/a b;rm -rf');
    expect(args).toContain('fs.read=/w/x y');
    expect(args.indexOf('--')).toBe(args.length - 2);
  });

  it('refuses no targets and targets on different builders', () => {
    expect(() => buildxBakeArgs([], files)).toThrow(/no targets/);
    expect(() =>
      buildxBakeArgs(
        [
          { name: 'a', request: { ...base, builder: 'x' } },
          { name: 'b', request: { ...base, builder: 'y' } },
        ],
        files,
      ),
    ).toThrow(/same builder/);
  });
});

describe('provenanceAttest', () => {
  it('reads the provenance input as buildx does', () => {
    expect(provenanceAttest('false')).toBe('type=provenance,disabled=true');
    expect(provenanceAttest('1')).toBe('type=provenance,disabled=false');
    expect(provenanceAttest('mode=min')).toBe('type=provenance,mode=min');
  });
});

const digest = (c: string) => `sha256:${c.repeat(64)}`;

describe('parseBakeMetadata', () => {
  const names = bakeTargetNames(['api', 'worker.v2']);

  it("gives each target its own metadata under our name, and the image id buildx's iidfile would hold", () => {
    const text = JSON.stringify({
      api: {
        'buildx.build.ref': 'b/b0/ref1',
        'containerimage.config.digest': digest('c'),
        'containerimage.descriptor': { digest: digest('a') },
        'containerimage.digest': digest('a'),
      },
      worker_v2: { 'containerimage.digest': digest('b'), 'image.name': 'r.test/w:1,r.test/w:latest' },
      'buildx.build.warnings': [{ short: 'a warning' }],
    });
    const out = parseBakeMetadata(text, names);
    expect([...out.keys()]).toEqual(['api', 'worker.v2']);
    expect(out.get('api')?.metadata.digest).toBe(digest('a'));
    expect(out.get('api')?.metadata.buildRef).toBe('b/b0/ref1');
    expect(out.get('api')?.imageId).toBe(digest('c'));
    expect(out.get('worker.v2')?.metadata.imageNames).toEqual(['r.test/w:1', 'r.test/w:latest']);
    expect(out.get('worker.v2')?.imageId).toBe(digest('b'));
  });

  it('an entry bake left out has empty metadata; a file that is not an object is an error', () => {
    const out = parseBakeMetadata('{}', names);
    expect(out.get('api')?.metadata.imageNames).toEqual([]);
    expect(out.get('api')?.imageId).toBeUndefined();
    expect(() => parseBakeMetadata('[]', names)).toThrow(/not a JSON object/);
    expect(() => parseBakeMetadata('{', names)).toThrow(/not JSON/);
  });
});

describe('steps of a bake', () => {
  const bakeNames = new Set(['api', 'worker_v2']);

  it('splitStepName takes the target prefix off', () => {
    expect(splitStepName('[api build 6/6] RUN go build', bakeNames)).toEqual({
      name: '[build 6/6] RUN go build',
      target: 'api',
    });
    expect(splitStepName('[worker_v2] exporting to oci image format', bakeNames)).toEqual({
      name: 'exporting to oci image format',
      target: 'worker_v2',
    });
    expect(splitStepName('[api internal] load .dockerignore', bakeNames)).toEqual({
      name: '[internal] load .dockerignore',
      target: 'api',
    });
    expect(splitStepName('[internal] load local bake definitions', bakeNames)).toEqual({
      name: '[internal] load local bake definitions',
    });
    expect(splitStepName('[other 1/2] COPY', bakeNames)).toEqual({ name: '[other 1/2] COPY' });
  });

  const line = (vertexes: object[]) => JSON.stringify({ vertexes });
  const t0 = '2026-01-01T00:00:00Z';
  const t1 = '2026-01-01T00:00:02Z';

  it('a vertex both targets report is one step that served both', () => {
    const p = new BakeProgress(bakeTargetNames(['api', 'worker.v2']));
    p.addLine(line([{ digest: 'd1', name: '[api build 6/6] RUN go build', started: t0 }]));
    p.addLine(
      line([{ digest: 'd1', name: '[worker_v2 build 6/6] RUN go build', started: t0, completed: t1 }]),
    );
    p.addLine(line([{ digest: 'd2', name: '[api api 1/2] COPY --from=build /out/api /api', started: t1 }]));
    p.addLine(line([{ digest: 'd3', name: '[internal] load local bake definitions', started: t0 }]));
    p.addLine('not json');
    expect(p.steps().map((s) => [s.name, s.targets, s.durationMs])).toEqual([
      ['[build 6/6] RUN go build', ['api', 'worker.v2'], 2000],
      ['[internal] load local bake definitions', [], undefined],
      ['[api 1/2] COPY --from=build /out/api /api', ['api'], undefined],
    ]);
  });

  it('the failed step names its target', () => {
    const p = new BakeProgress(bakeTargetNames(['api']));
    p.addLine(
      line([{ digest: 'd1', name: '[api build 6/6] RUN go build', started: t0, error: 'exit code: 1' }]),
    );
    p.addLine(
      JSON.stringify({
        logs: [{ vertex: 'd1', data: Buffer.from('main.go:3: undefined: x\n').toString('base64') }],
      }),
    );
    const f = p.failure();
    expect(f?.step.name).toBe('[build 6/6] RUN go build (target api)');
    expect(f?.logTail).toBe('main.go:3: undefined: x');
  });
});
