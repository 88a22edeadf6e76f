import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  govulncheckArgs,
  provideGovulncheck,
  govulncheckEnv,
  parseGovulncheckJson,
  splitJsonStream,
} from '../../../src/tools/govulncheck.js';
import { ToolError } from '../../../src/tools/exec.js';

const fixture = (name: string) =>
  readFileSync(path.join(process.cwd(), 'test', 'fixtures', 'govulncheck', name), 'utf8');

describe('govulncheck arguments and environment', () => {
  it('scans one binary in binary mode against the given database', () => {
    expect(govulncheckArgs('/tmp/x/bin', 'file:///db')).toEqual([
      '-mode=binary',
      '-format=json',
      '-db',
      'file:///db',
      '/tmp/x/bin',
    ]);
  });
  it('passes only paths, proxies and Go settings, never tokens', () => {
    const env = govulncheckEnv({
      PATH: '/bin',
      HOME: '/root',
      TMPDIR: '/tmp',
      HTTPS_PROXY: 'http://p',
      no_proxy: 'x',
      GOFLAGS: '-mod=mod',
      GITHUB_TOKEN: 'secret',
      COSIGN_PASSWORD: 'secret',
      ACTIONS_RUNTIME_TOKEN: 'secret',
    });
    expect(env).toEqual({
      PATH: '/bin',
      HOME: '/root',
      TMPDIR: '/tmp',
      HTTPS_PROXY: 'http://p',
      no_proxy: 'x',
      GOFLAGS: '-mod=mod',
      GOTELEMETRY: 'off',
    });
  });
});

describe('parseGovulncheckJson', () => {
  it('reads the Go version, the entries with aliases and every finding level', () => {
    const r = parseGovulncheckJson(fixture('reach.json'));
    expect(r.goVersion).toBe('go1.26.8');
    expect(r.scanLevel).toBe('symbol');
    expect(r.entries.get('GO-2026-0001')?.aliases).toEqual(['GCC-2026-0001']);
    const symbols = r.findings.filter((f) => f.level === 'symbol').map((f) => [f.osv, f.package, f.symbol]);
    expect(symbols.sort()).toEqual([
      ['GO-2026-0001', 'fixtures.gcc.test/greeting', 'Hello'],
      ['GO-2026-0002', 'net/http', 'ServeMux.ServeHTTP'],
    ]);
    expect(
      r.findings
        .filter((f) => f.level === 'package')
        .map((f) => f.osv)
        .sort(),
    ).toEqual(['GO-2026-0001', 'GO-2026-0002', 'GO-2026-0003']);
    expect(r.findings.find((f) => f.osv === 'GO-2026-0003')?.fixedVersion).toBe('v1.0.1');
  });

  it('an empty stream is an empty report', () => {
    expect(parseGovulncheckJson('').findings).toEqual([]);
  });

  it.each([
    ['{"finding": ', /ends in the middle/],
    ['}', /stray/],
    ['garbage {}', /outside a JSON value/],
    ['{"a": tru}', /invalid JSON/],
    ['[1]', /not an object/],
  ])('refuses hostile output %j with a clear error', (text, msg) => {
    expect(() => parseGovulncheckJson(text)).toThrow(ToolError);
    expect(() => parseGovulncheckJson(text)).toThrow(msg);
  });

  it('ignores findings without an id or a module, and odd field types', () => {
    const text =
      JSON.stringify({ finding: { osv: 'GO-1', trace: [{}] } }) +
      JSON.stringify({ finding: { trace: [{ module: 'm' }] } }) +
      JSON.stringify({ finding: { osv: 7, trace: 'x' } }) +
      JSON.stringify({ osv: { id: 'GO-2', aliases: [1, 'CVE-1'] } });
    const r = parseGovulncheckJson(text);
    expect(r.findings).toEqual([]);
    expect(r.entries.get('GO-2')?.aliases).toEqual(['CVE-1']);
  });

  it('splits any sequence of JSON values, however printed (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.string(), fc.jsonValue()), { maxLength: 8 }),
        fc.boolean(),
        (values, pretty) => {
          const text = values.map((v) => JSON.stringify(v, null, pretty ? 2 : undefined)).join('\n');
          expect(splitJsonStream(text)).toEqual(values.map((v) => JSON.parse(JSON.stringify(v))));
        },
      ),
    );
  });

  it('never throws anything but a ToolError on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseGovulncheckJson(text);
        } catch (e) {
          expect(e).toBeInstanceOf(ToolError);
        }
      }),
    );
  });
});

describe('provideGovulncheck', () => {
  it('says why when it is missing and may not be installed, or there is no Go to build it', async () => {
    const empty = { PATH: '/nonexistent' };
    expect(await provideGovulncheck(false, { ...empty })).toMatch(
      /not on PATH: install govulncheck \(go install golang.org\/x\/vuln\/cmd\/govulncheck@v1\.9\.0\)/,
    );
    expect(await provideGovulncheck(true, { ...empty })).toMatch(
      /no Go to build it with \(add actions\/setup-go/,
    );
  });
});
