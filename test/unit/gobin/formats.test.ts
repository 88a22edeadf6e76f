/**
 * src/gobin on synthetic ELF files: the pre-1.18 pointer format (which Go 1.26 cannot build any more) in a
 * 64-bit little-endian and a 32-bit big-endian file, the inline format, GOARCH names, go version -m text and
 * Go's quoting.
 */
import fc from 'fast-check';
import {
  buildSetting,
  formatGoVersionM,
  goarchOf,
  goQuote,
  goUnquote,
  inspectBinary,
  isElf,
  parseElf,
  readGoBuildInfo,
} from '../../../src/gobin/index.js';
import { buildElf, inlineFormatSection, pointerFormatSection } from '../../helpers/elf-builder.js';

const MODINFO = [
  'path\texample.test/cmd/api',
  'mod\texample.test\tv1.4.0\th1:main=',
  'dep\tgithub.com/x/y\tv0.3.1\th1:abc=',
  'dep\tgithub.com/old/z\tv1.0.0',
  '=>\tgithub.com/new/z\tv1.0.1\th1:new=',
  'build\t-compiler=gc',
  'build\t-ldflags="-X main.v=1 -s"',
  'build\t"we\\tird=key"=`raw value`',
  'build\tCGO_ENABLED=0',
  'build\tvcs.modified=false',
  '',
].join('\n');

const cases = [
  { bits: 64 as const, endian: 'little' as const, machine: 62, goarch: 'amd64' },
  { bits: 32 as const, endian: 'big' as const, machine: 8, goarch: 'mips' },
];

describe.each(cases)('pointer format, $bits-bit $endian', ({ bits, endian, machine, goarch }) => {
  const { bytes } = buildElf({
    bits,
    endian,
    machine,
    sections: [pointerFormatSection('go1.16.15', MODINFO, bits, endian)],
  });

  it('reads the strings through the PT_LOAD mapping', () => {
    const info = readGoBuildInfo(bytes);
    expect(info).toMatchObject({
      format: 'pointer',
      goVersion: 'go1.16.15',
      path: 'example.test/cmd/api',
      main: { path: 'example.test', version: 'v1.4.0', sum: 'h1:main=' },
      deps: [
        { path: 'github.com/x/y', version: 'v0.3.1', sum: 'h1:abc=' },
        {
          path: 'github.com/old/z',
          version: 'v1.0.0',
          replace: { path: 'github.com/new/z', version: 'v1.0.1', sum: 'h1:new=' },
        },
      ],
      settings: [
        { key: '-compiler', value: 'gc' },
        { key: '-ldflags', value: '-X main.v=1 -s' },
        { key: 'we\tird=key', value: 'raw value' },
        { key: 'CGO_ENABLED', value: '0' },
        { key: 'vcs.modified', value: 'false' },
      ],
    });
    expect(buildSetting(info!, '-ldflags')).toBe('-X main.v=1 -s');
  });

  it('reads the ELF header', () => {
    const elf = parseElf(bytes)!;
    expect(elf).toMatchObject({ bits, endian, type: 'exec', machine, goarch, needed: [], hasSymtab: false });
    expect(elf.sections.map((s) => s.name)).toEqual(['', '.go.buildinfo', '.shstrtab']);
    expect(inspectBinary(bytes)).toMatchObject({ static: true, stripped: true });
  });

  it('finds the blob through the writable PT_LOAD when the section is renamed', () => {
    const renamed = Buffer.from(bytes);
    const at = renamed.indexOf('.go.buildinfo');
    renamed.write('.go.xxxxxxxxx', at, 'latin1');
    expect(readGoBuildInfo(renamed)?.goVersion).toBe('go1.16.15');
  });

  it('gives up on pointers outside every segment', () => {
    const broken = Buffer.from(bytes);
    const at = broken.indexOf('\xff Go buildinf:', 0, 'latin1');
    broken.fill(0xee, at + 16, at + 16 + bits / 4); // both pointers
    expect(readGoBuildInfo(broken)).toBeUndefined();
  });
});

describe('inline format in a synthetic ELF', () => {
  it('reads it and prints go version -m', () => {
    const { bytes } = buildElf({
      bits: 64,
      endian: 'big',
      machine: 22,
      sections: [inlineFormatSection('go1.26.8', MODINFO, 64)],
    });
    const info = readGoBuildInfo(bytes)!;
    expect(info.format).toBe('inline');
    expect(parseElf(bytes)?.goarch).toBe('s390x');
    expect(formatGoVersionM('/app', info)).toBe(
      [
        '/app: go1.26.8',
        '\tpath\texample.test/cmd/api',
        '\tmod\texample.test\tv1.4.0\th1:main=',
        '\tdep\tgithub.com/x/y\tv0.3.1\th1:abc=',
        '\tdep\tgithub.com/old/z\tv1.0.0',
        '\t=>\tgithub.com/new/z\tv1.0.1\th1:new=',
        '\t',
        '\tbuild\t-compiler=gc',
        '\tbuild\t-ldflags="-X main.v=1 -s"',
        '\tbuild\t"we\\tird=key"="raw value"',
        '\tbuild\tCGO_ENABLED=0',
        '\tbuild\tvcs.modified=false',
        '',
      ].join('\n'),
    );
  });

  it('drops module info without its sentinels, as Go does', () => {
    const { bytes } = buildElf({
      bits: 64,
      endian: 'little',
      machine: 62,
      sections: [inlineFormatSection('go1.26.8', '', 64)],
    });
    expect(readGoBuildInfo(bytes)).toMatchObject({ goVersion: 'go1.26.8', deps: [], settings: [] });
  });
});

describe('not ELF', () => {
  it('says so from a 4-byte prefix and inspects nothing', () => {
    expect(isElf(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46]))).toBe(true);
    expect(isElf(Uint8Array.from([0x7f, 0x45, 0x4c]))).toBe(false);
    expect(isElf(Buffer.from('MZ\x90\x00', 'latin1'))).toBe(false);
    expect(inspectBinary(Buffer.from('#!/bin/sh\necho hi\n'))).toBeUndefined();
    expect(parseElf(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]))).toBeUndefined();
  });
});

describe('GOARCH names', () => {
  it.each([
    [62, 64, 'little', 'amd64'],
    [3, 32, 'little', '386'],
    [183, 64, 'little', 'arm64'],
    [40, 32, 'little', 'arm'],
    [21, 64, 'little', 'ppc64le'],
    [21, 64, 'big', 'ppc64'],
    [22, 64, 'big', 's390x'],
    [243, 64, 'little', 'riscv64'],
    [8, 32, 'big', 'mips'],
    [8, 32, 'little', 'mipsle'],
    [8, 64, 'big', 'mips64'],
    [8, 64, 'little', 'mips64le'],
    [258, 64, 'little', 'loong64'],
    [62, 32, 'little', undefined],
    [2, 32, 'big', undefined],
  ] as const)('machine %d, %d-bit %s: %s', (machine, bits, endian, goarch) => {
    expect(goarchOf(machine, bits, endian)).toBe(goarch);
  });
});

describe('Go quoting', () => {
  it('quotes as strconv.Quote does', () => {
    expect(goQuote('a b')).toBe('"a b"');
    expect(goQuote('tab\there"q\\')).toBe('"tab\\there\\"q\\\\"');
    expect(goQuote('\x01\x7f')).toBe('"\\x01\\x7f"');
    expect(goQuote('é ü')).toBe('"é ü"');
    expect(goQuote('\u200b')).toBe('"\\u200b"');
  });
  it('unquotes what it quotes', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => goUnquote(goQuote(s)) === s));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void goUnquote(s)));
  });
  it('unquotes Go escapes and raw strings', () => {
    expect(goUnquote('"\\x41\\101\\u00e9\\U0001F600\\a"')).toBe('AAé😀\x07');
    expect(goUnquote('`a\\nb`')).toBe('a\\nb');
    expect(goUnquote('"\\q"')).toBeUndefined();
    expect(goUnquote('"open')).toBeUndefined();
  });
});
