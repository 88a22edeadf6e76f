import fc from 'fast-check';
import { diffBuildInfo, readBuildInfo, unquoteGo } from '../../src/reproduce/buildinfo.js';
import { diffFiles } from '../../src/reproduce/archive.js';
import { codeForField, reproduceFindings } from '../../src/features/reproduce/stage.js';

/** A Go 1.18+ inline build-info blob, as the linker writes it, at a 16-byte aligned offset. */
function blob(version: string, modinfo: string): Buffer {
  const varint = (n: number) => {
    const out: number[] = [];
    while (n >= 0x80) {
      out.push((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    out.push(n);
    return Buffer.from(out);
  };
  const sentinel = Buffer.alloc(16, 0x30);
  const mod = Buffer.concat([sentinel, Buffer.from(modinfo), sentinel]);
  const header = Buffer.concat([
    Buffer.from('\xff Go buildinf:', 'latin1'),
    Buffer.from([8, 2]),
    Buffer.alloc(16),
  ]);
  return Buffer.concat([
    Buffer.alloc(32),
    header,
    varint(version.length),
    Buffer.from(version),
    varint(mod.length),
    mod,
  ]);
}

const MODINFO =
  'path\texample.test/app\nmod\texample.test/app\t(devel)\t\ndep\tfixtures.gcc.test/greeting\tv1.2.0\th1:x=\nbuild\t-ldflags="-X main.date=1"\nbuild\tCGO_ENABLED=0\nbuild\tvcs.modified=true\n';

describe('readBuildInfo', () => {
  it('reads the inline format, unquoting settings', () => {
    const info = readBuildInfo(blob('go1.26.8', MODINFO));
    expect(info?.goVersion).toBe('go1.26.8');
    expect(info?.fields.get('-ldflags')).toBe('-X main.date=1');
    expect(info?.fields.get('dep fixtures.gcc.test/greeting')).toBe('v1.2.0 h1:x=');
  });
  it('diffs field by field', () => {
    const a = readBuildInfo(blob('go1.26.8', MODINFO))!;
    const b = readBuildInfo(
      blob('go1.26.8', MODINFO.replace('date=1', 'date=2').replace('modified=true', 'modified=false')),
    )!;
    expect(diffBuildInfo(a, b)).toEqual([
      { field: '-ldflags', first: '-X main.date=1', second: '-X main.date=2' },
      { field: 'vcs.modified', first: 'true', second: 'false' },
    ]);
  });
  it('never throws on random or truncated bytes', () => {
    const good = blob('go1.26.8', MODINFO);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => void readBuildInfo(Buffer.from(bytes))),
    );
    fc.assert(fc.property(fc.nat(good.length), (n) => void readBuildInfo(good.subarray(0, n))));
  });
  it('unquotes Go strings', () => {
    expect(unquoteGo('"a b\\"c\\x41"')).toBe('a b"cA');
    expect(unquoteGo('plain')).toBe('plain');
    expect(unquoteGo('"broken')).toBe('"broken');
  });
});

describe('reproduce findings', () => {
  it('maps build-info fields to rules', () => {
    expect(codeForField('-ldflags')).toBe('GC209');
    expect(codeForField('vcs.revision')).toBe('GC311');
    expect(codeForField('-trimpath')).toBe('GC206');
  });
  it('names the file, platform and field', () => {
    const f = reproduceFindings(
      [
        {
          platform: 'linux/amd64',
          first: 'sha256:a',
          second: 'sha256:b',
          differences: [
            {
              path: '/app',
              what: 'content',
              fields: [{ field: '-ldflags', first: '-X a=1', second: '-X a=2' }],
            },
            { path: '/etc/stamp', what: 'time' },
          ],
        },
      ],
      'Dockerfile',
      12,
    );
    expect(f.map((x) => [x.code, x.line, x.message])).toEqual([
      [
        'GC209',
        12,
        '/app (linux/amd64) is not reproducible: its Go build info field -ldflags was "-X a=1" in one build and "-X a=2" in the other',
      ],
      ['GC310', 12, '/etc/stamp (linux/amd64) has another timestamp in each build'],
    ]);
  });
  it('diffs file maps', () => {
    const f = (sha256: string, mtime = 0) => ({ sha256, size: 1, mode: 0o644, mtime });
    expect(
      diffFiles(
        new Map([
          ['/a', f('1')],
          ['/b', f('1')],
          ['/c', f('1', 1)],
        ]),
        new Map([
          ['/a', f('2')],
          ['/c', f('1', 2)],
          ['/d', f('1')],
        ]),
      ),
    ).toEqual([
      { path: '/a', what: 'content' },
      { path: '/b', what: 'only in first' },
      { path: '/c', what: 'time', times: [1, 2] },
      { path: '/d', what: 'only in second' },
    ]);
  });
});

describe('time differences', () => {
  it('names the cache as the cause when one build kept a time from before SOURCE_DATE_EPOCH', () => {
    const epoch = 1_800_000_000;
    const [f] = reproduceFindings(
      [
        {
          platform: 'linux/amd64',
          first: 'a',
          second: 'b',
          differences: [{ path: '/app', what: 'time', times: [(epoch - 60) * 1000, epoch * 1000] }],
        },
      ],
      'Dockerfile',
      3,
      epoch,
    );
    expect(f?.code).toBe('GC310');
    expect(f?.message).toMatch(
      /kept a time from before SOURCE_DATE_EPOCH in one build: it came from the builder's cache/,
    );
  });
});
