/**
 * Property tests (fast-check) for the parsers that had none: the shell parser and variable expansion of the
 * Dockerfile model, Dockerfiles assembled from hostile fragments, .dockerignore, go.mod (round trip), buildx
 * metadata and rawjson progress, syft's CycloneDX, trivy's report, cosign's version, baselines and deltas,
 * image references and platforms (round trips), and the push-failure classifier. Each never throws anything
 * but our typed errors, terminates, and round-trips where that makes sense.
 */
import fc from 'fast-check';
import { parseShell, splitAssignment, unwrapCommand } from '../../../src/dockerfile/shell.js';
import { expandVars } from '../../../src/dockerfile/model.js';
import { lintDockerfile } from '../../../src/dockerfile/lint.js';
import { isExcluded, parseDockerignore } from '../../../src/dockerfile/dockerignore.js';
import { parseGoMod } from '../../../src/gomod/gomod.js';
import { BuildProgress, parseBuildMetadata } from '../../../src/tools/buildx-metadata.js';
import { cyclonedxStats } from '../../../src/tools/syft.js';
import { parseTrivyReport } from '../../../src/tools/trivy.js';
import { cosignMajor } from '../../../src/tools/cosign.js';
import { computeDeltas, hasChanges, makeBaseline, parseBaseline } from '../../../src/report/baseline.js';
import { formatPlatform, KNOWN_ARCH, KNOWN_OS, parsePlatform } from '../../../src/config/reference.js';
import { parseImageReference } from '../../../src/registry/reference.js';
import { SEVERITIES, ruleDocsUrl, type Finding } from '../../../src/core/finding.js';
import { isTypedError, record } from '../../helpers/hostile.js';

const RUNS = { numRuns: 300 };

/** Runs fn; anything thrown must be one of our typed errors. */
function typedOnly(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (!isTypedError(e)) throw e;
  }
}

/** Counts each property as hostile inputs tried, for the reliability report. */
function prop(name: string, runs: number): void {
  record({
    suite: 'properties',
    category: 'property tests',
    name,
    outcome: 'ok',
    writesOutsideTemp: 0,
    runs,
  });
}

const SHELL_TOKENS = [
  ' ',
  '\t',
  '\n',
  '\\',
  '\\\n',
  '"',
  "'",
  '`',
  '$',
  '${',
  '}',
  '$(',
  ')',
  '(',
  ';',
  '&&',
  '||',
  '|',
  '&',
  '<',
  '>',
  '>>',
  '<<',
  '<<EOF',
  'EOF',
  '#',
  '=',
  'go',
  'build',
  '-ldflags',
  '-X main.v=$(date)',
  'CGO_ENABLED=0',
  'GOOS=$TARGETOS',
  'apk',
  'add',
  'gcc',
  'if',
  'then',
  'fi',
  'do',
  'done',
  'case',
  'esac',
  'env',
  'sh -c',
  '\0',
  'é',
  '\ud800',
];
const shellish = fc.array(fc.constantFrom(...SHELL_TOKENS), { maxLength: 60 }).map((t) => t.join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  shellish,
);

describe('Dockerfile shell parsing (src/dockerfile/shell.ts)', () => {
  it('parseShell never throws, terminates, and every word lies inside the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const script = parseShell(text);
        for (const c of script.commands) {
          for (const w of [...c.assignments, ...c.words]) {
            expect(w.start).toBeGreaterThanOrEqual(0);
            expect(w.end).toBeLessThanOrEqual(text.length);
            expect(w.start).toBeLessThanOrEqual(w.end);
          }
          unwrapCommand(c);
          for (const w of c.words) splitAssignment(w);
        }
      }),
      RUNS,
    );
    prop('parseShell', RUNS.numRuns);
  });

  it('simple words round-trip: words joined by spaces parse back to the same words', () => {
    const word = fc
      .stringMatching(/^[A-Za-z0-9_./:-]{1,12}$/)
      .filter((w) => !/^(if|then|do|time|!|\{)$/.test(w));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (words) => {
        const script = parseShell(words.join(' '));
        expect(script.commands).toHaveLength(1);
        const c = script.commands[0];
        expect([...(c?.assignments ?? []), ...(c?.words ?? [])].map((w) => w.value)).toEqual(words);
      }),
      RUNS,
    );
    prop('parseShell round trip', RUNS.numRuns);
  });

  it('expandVars never throws and resolves what the lookup knows', () => {
    fc.assert(
      fc.property(anyText, fc.dictionary(fc.stringMatching(/^[A-Z]{1,3}$/), fc.string()), (text, vars) => {
        const r = expandVars(text, (n) =>
          Object.prototype.hasOwnProperty.call(vars, n) ? vars[n] : undefined,
        );
        expect(typeof r.value).toBe('string');
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{1,3}$/), fc.stringMatching(/^[a-z0-9.]{0,8}$/), (name, value) => {
        expect(expandVars(`x\${${name}}y$${name}`, (n) => (n === name ? value : undefined))).toEqual({
          value: `x${value}y${value}`,
          unresolved: false,
        });
      }),
      RUNS,
    );
    prop('expandVars', 2 * RUNS.numRuns);
  });
});

const DOCKERFILE_LINES = [
  'FROM golang:1.26 AS build',
  'FROM --platform=$BUILDPLATFORM golang:1.26-alpine AS b',
  'FROM scratch',
  'FROM build',
  'FROM ${IMG}',
  'ARG IMG=golang:1.26',
  'ARG TARGETARCH',
  'ENV CGO_ENABLED=1',
  'WORKDIR /src',
  'COPY . .',
  'COPY go.mod go.sum ./',
  'COPY --from=build /out/app /app',
  'COPY --from=0 / /',
  'RUN go mod download',
  'RUN CGO_ENABLED=0 GOARCH=$TARGETARCH go build -ldflags="-s -w -X main.d=$(date)" -o /out/app .',
  'RUN --mount=type=cache,target=/root/.cache/go-build go build ./...',
  'RUN apk add --no-cache gcc musl-dev',
  'RUN <<EOF',
  'EOF',
  'USER 65532',
  'USER root',
  'ENTRYPOINT ["/app"]',
  'ENTRYPOINT /app --flag',
  'CMD [',
  'HEALTHCHECK CMD curl -f http://localhost/',
  '# escape=`',
  '# go-container-ci ignore=GC101',
  '\\',
  '`',
  '',
  '\0',
  '\ufeff',
];

describe('Dockerfiles from hostile fragments (src/dockerfile/model.ts + rules)', () => {
  it('lint never throws, terminates, and findings point at lines of the file', () => {
    const dockerfile = fc
      .array(fc.oneof(fc.constantFrom(...DOCKERFILE_LINES), fc.string({ maxLength: 40 })), { maxLength: 30 })
      .chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));
    fc.assert(
      fc.property(dockerfile, fc.option(fc.constantFrom('build', 'b', 'nope', '0')), (text, target) => {
        const r = lintDockerfile({ file: 'Dockerfile', text, ...(target ? { target } : {}) });
        const lines = text.split('\n').length;
        for (const f of r.findings) {
          if (f.file !== 'Dockerfile' || f.line === undefined) continue;
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(lines + 1);
        }
      }),
      { numRuns: 200 },
    );
    prop('lintDockerfile on fragments', 200);
  });
});

describe('.dockerignore (src/dockerfile/dockerignore.ts)', () => {
  it('parse and match never throw and terminate', () => {
    const pattern = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc
        .array(
          fc.constantFrom('*', '**', '?', '[', ']', '!', '\\', '/', '.', '..', 'a', '^', '$', '(', '+'),
          {
            maxLength: 20,
          },
        )
        .map((p) => p.join('')),
    );
    fc.assert(
      fc.property(fc.array(pattern, { maxLength: 10 }), fc.string({ maxLength: 40 }), (patterns, p) => {
        expect(typeof isExcluded(parseDockerignore(patterns.join('\n')), p)).toBe('boolean');
      }),
      RUNS,
    );
    prop('dockerignore', RUNS.numRuns);
  });
});

describe('go.mod (src/gomod/gomod.ts)', () => {
  const modPath = fc.stringMatching(/^[a-z0-9]{1,8}\.[a-z]{2,3}(\/[a-z0-9_-]{1,8}){0,3}$/);
  const version = fc
    .tuple(fc.nat(30), fc.nat(30), fc.nat(30), fc.option(fc.stringMatching(/^[a-z0-9]{1,6}$/)))
    .map(([a, b, c, pre]) => `v${a}.${b}.${c}${pre ? `-${pre}` : ''}`);

  it('round-trips: a rendered go.mod parses back to its module, go line and requires', () => {
    fc.assert(
      fc.property(
        modPath,
        fc.constantFrom('1.21', '1.26', '1.26.8'),
        fc.uniqueArray(fc.tuple(modPath, version, fc.boolean()), { maxLength: 12, selector: (r) => r[0] }),
        fc.boolean(),
        (module, go, reqs, block) => {
          const line = ([p, v, ind]: [string, string, boolean]) => `${p} ${v}${ind ? ' // indirect' : ''}`;
          const body = block
            ? reqs.length > 0
              ? `require (\n${reqs.map((r) => `\t${line(r)}`).join('\n')}\n)\n`
              : ''
            : reqs.map((r) => `require ${line(r)}\n`).join('');
          const mod = parseGoMod(`module ${module}\n\ngo ${go}\n\n${body}`);
          expect(mod.problems).toEqual([]);
          expect(mod.module?.value).toBe(module);
          expect(mod.go?.value).toBe(go);
          expect(mod.requires.map((r) => [r.path, r.version, r.indirect])).toEqual(reqs);
        },
      ),
      RUNS,
    );
    prop('parseGoMod round trip', RUNS.numRuns);
  });

  it('never throws on grammar fragments', () => {
    const frag = fc.constantFrom(
      'module',
      'require',
      'replace',
      'exclude',
      'go',
      'toolchain',
      '(',
      ')',
      '=>',
      '"',
      '`',
      '//',
      '\n',
      ' ',
      'a',
      'v1.0.0',
      '\\',
      '\r',
    );
    fc.assert(
      fc.property(fc.array(frag, { maxLength: 80 }), (parts) => {
        const mod = parseGoMod(parts.join(''));
        expect(Array.isArray(mod.problems)).toBe(true);
      }),
      RUNS,
    );
    prop('parseGoMod fragments', RUNS.numRuns);
  });
});

describe('buildx metadata and rawjson progress (src/tools/buildx-metadata.ts)', () => {
  const digest = fc.stringMatching(/^[a-f0-9]{64}$/).map((h) => `sha256:${h}`);

  it('parseBuildMetadata: any JSON gives metadata or a ToolError; digests round-trip', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string({ maxLength: 50 })), (text) =>
        typedOnly(() => parseBuildMetadata(text)),
      ),
      RUNS,
    );
    fc.assert(
      fc.property(
        digest,
        digest,
        fc.array(fc.stringMatching(/^[a-z]{1,8}\/[a-z]{1,8}:[0-9]$/), { maxLength: 3 }),
        (d, c, names) => {
          const m = parseBuildMetadata(
            JSON.stringify({
              'containerimage.digest': d,
              'containerimage.config.digest': c,
              ...(names.length ? { 'image.name': names.join(',') } : {}),
            }),
          );
          expect([m.digest, m.configDigest, m.imageNames]).toEqual([d, c, names]);
        },
      ),
      RUNS,
    );
    prop('parseBuildMetadata', 2 * RUNS.numRuns);
  });

  it('BuildProgress: any line never throws; vertexes round-trip into steps', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.json(),
            fc.jsonValue().map((v) => JSON.stringify({ vertexes: [v], logs: [v] })),
            fc.string(),
          ),
          { maxLength: 20 },
        ),
        (lines) => {
          const p = new BuildProgress();
          for (const l of lines) p.addLine(l);
          p.steps();
          p.failure();
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(digest, fc.stringMatching(/^\[[a-z]{1,6} [0-9]\/[0-9]\] RUN [a-z ]{1,20}$/), fc.boolean()),
          { maxLength: 8, selector: (v) => v[0] },
        ),
        (vs) => {
          const p = new BuildProgress();
          p.addLine(
            JSON.stringify({ vertexes: vs.map(([d, name, cached]) => ({ digest: d, name, cached })) }),
          );
          expect(
            p
              .steps()
              .map((s) => [s.digest, s.name, s.cached])
              .sort(),
          ).toEqual([...vs].sort());
        },
      ),
      RUNS,
    );
    prop('BuildProgress', 2 * RUNS.numRuns);
  });
});

describe('syft, trivy and cosign output (src/tools/*.ts)', () => {
  it('cyclonedxStats: any JSON gives stats or a ToolError; package counts round-trip', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ bomFormat: 'CycloneDX', components: v })),
        ),
        (text) => typedOnly(() => cyclonedxStats(text)),
      ),
      RUNS,
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('golang', 'apk', 'deb', 'npm', '__proto__', 'constructor'), {
          maxLength: 30,
        }),
        (types) => {
          const stats = cyclonedxStats(
            JSON.stringify({
              bomFormat: 'CycloneDX',
              components: types.map((t, i) => ({ purl: `pkg:${t}/x${i}@1` })),
            }),
          );
          expect(stats.packages).toBe(types.length);
          for (const t of new Set(types)) expect(stats.byType[t]).toBe(types.filter((x) => x === t).length);
        },
      ),
      RUNS,
    );
    prop('cyclonedxStats', 2 * RUNS.numRuns);
  });

  it('parseTrivyReport: any JSON gives vulnerabilities or a ToolError; ids round-trip, deduplicated', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ Results: [{ Vulnerabilities: v }, v] })),
        ),
        (text) => typedOnly(() => parseTrivyReport(text)),
      ),
      RUNS,
    );
    const vuln = fc.record({
      VulnerabilityID: fc.stringMatching(/^CVE-20[0-9]{2}-[0-9]{4,5}$/),
      PkgName: fc.constantFrom('stdlib', 'golang.org/x/net', 'musl'),
      InstalledVersion: fc.constantFrom('1.0.0', 'v0.1.0'),
      Severity: fc.constantFrom('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN', 'bogus'),
    });
    fc.assert(
      fc.property(fc.array(vuln, { maxLength: 20 }), (vs) => {
        const out = parseTrivyReport(
          JSON.stringify({ Results: [{ Vulnerabilities: vs }, { Vulnerabilities: vs }] }),
        );
        const keys = new Set(vs.map((v) => `${v.VulnerabilityID} ${v.PkgName} ${v.InstalledVersion}`));
        expect(out.map((v) => `${v.id} ${v.pkgName} ${v.installedVersion}`).sort()).toEqual([...keys].sort());
        for (const v of out) expect(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN']).toContain(v.severity);
      }),
      RUNS,
    );
    prop('parseTrivyReport', 2 * RUNS.numRuns);
  });

  it('cosignMajor: any text gives a number or a ToolError; versions round-trip', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (t) => typedOnly(() => cosignMajor(t))),
      RUNS,
    );
    fc.assert(
      fc.property(fc.nat(99), fc.nat(99), fc.nat(99), (a, b, c) => {
        expect(cosignMajor(`  ______\nGitVersion:    v${a}.${b}.${c}\nGitCommit: abc\n`)).toBe(a);
      }),
      RUNS,
    );
    prop('cosignMajor', 2 * RUNS.numRuns);
  });
});

describe('baselines (src/report/baseline.ts)', () => {
  const finding: fc.Arbitrary<Finding> = fc.record({
    code: fc.stringMatching(/^GC[1-4]\d\d$/),
    severity: fc.constantFrom(...SEVERITIES),
    title: fc.string({ maxLength: 20 }),
    message: fc.string({ maxLength: 40 }),
    stage: fc.constantFrom('lint', 'scan'),
    file: fc.constantFrom('Dockerfile', 'go.mod'),
    line: fc.integer({ min: 1, max: 500 }),
    docsUrl: fc.constant(ruleDocsUrl('GC101')),
  });

  it('a baseline round-trips through JSON, and compared with itself has no changes', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 15 }), fc.option(fc.nat()), (findings, size) => {
        const b = makeBaseline({
          image: 'ghcr.io/a/b',
          findings,
          ...(size !== null ? { imageSizeBytes: size } : {}),
        });
        const parsed = parseBaseline(JSON.stringify(b));
        expect('baseline' in parsed ? parsed.baseline : parsed.problem).toEqual(b);
        const d = computeDeltas(b, b);
        expect(d.newFindings).toEqual([]);
        expect(d.fixedFindings).toEqual([]);
        expect(hasChanges(d)).toBe(false);
      }),
      RUNS,
    );
    prop('baseline round trip', RUNS.numRuns);
  });

  it('parseBaseline never throws on any JSON shaped like a baseline', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (findings, vulns) => {
        const r = parseBaseline(JSON.stringify({ version: 1, image: 'x', findings, vulnerabilities: vulns }));
        expect('baseline' in r ? typeof r.baseline.image : typeof r.problem).toBe('string');
      }),
      RUNS,
    );
    prop('parseBaseline', RUNS.numRuns);
  });
});

describe('references and platforms (src/config/reference.ts)', () => {
  it('image references round-trip: registry, repository, tag and digest', () => {
    const component = fc.stringMatching(/^[a-z0-9]+(?:[._-][a-z0-9]+)?$/).filter((c) => c.length <= 20);
    const registry = fc.constantFrom(
      'ghcr.io',
      'registry.example.com:5000',
      'localhost:5000',
      '127.0.0.1:5000',
      '[::1]:5000',
    );
    fc.assert(
      fc.property(
        fc.option(registry),
        fc.array(component, { minLength: 1, maxLength: 4 }),
        fc.option(fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/)),
        fc.option(fc.stringMatching(/^[a-f0-9]{64}$/)),
        (reg, parts, tag, hex) => {
          const repo = parts.join('/');
          const text = `${reg ? `${reg}/` : ''}${repo}${tag ? `:${tag}` : ''}${hex ? `@sha256:${hex}` : ''}`;
          const ref = parseImageReference(text);
          expect(ref).toBeDefined();
          const firstIsHost = !reg && parts.length > 1 && /[.:]|^localhost$/.test(parts[0] as string);
          if (reg) expect(ref?.registry).toBe(reg);
          if (!reg && !firstIsHost) expect(ref?.registry).toBe('docker.io');
          expect(ref?.tag).toBe(tag ?? undefined);
          expect(ref?.digest).toBe(hex ? `sha256:${hex}` : undefined);
        },
      ),
      RUNS,
    );
    prop('parseImageReference round trip', RUNS.numRuns);
  });

  it('platforms round-trip; anything else is undefined, never an exception', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KNOWN_OS),
        fc.constantFrom(...KNOWN_ARCH),
        fc.option(fc.constantFrom('v5', 'v6', 'v7', 'v8', 'v2.1')),
        (os, arch, v) => {
          const text = `${os}/${arch}${v ? `/${v}` : ''}`;
          const p = parsePlatform(text);
          expect(p && formatPlatform(p)).toBe(text);
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (t) => void parsePlatform(t)),
      RUNS,
    );
    prop('parsePlatform', 2 * RUNS.numRuns);
  });
});
