/**
 * The acceptance test of src/gobin: build our fixture Go program with the host Go for four architectures, with
 * and without cgo, -trimpath and -ldflags="-s -w", and check that our parse agrees with `go version -m` field
 * by field (and text for text), and that the ELF facts and traits are what the build flags imply. Needs `go`
 * and the C cross compilers (scripts/env-up.sh installs them); it fails, never skips, without them.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  buildSetting,
  formatGoVersionM,
  inspectBinary,
  readGoBuildInfo,
  type GoBinary,
  type GoModule,
} from '../../../src/gobin/index.js';
import { diffBuildInfo, readBuildInfo } from '../../../src/reproduce/buildinfo.js';
import {
  GoBuilder,
  label,
  requireToolchains,
  type CgoArch,
  type GoBuildOptions,
} from '../../helpers/gobuild.js';

const GOARCHS: CgoArch[] = ['amd64', 'arm64', '386', 'arm'];

/** The full cross product for amd64; for the others cgo on and off, plain and -trimpath -s -w, and cgo -s -w. */
const MATRIX: GoBuildOptions[] = [];
for (const goarch of GOARCHS)
  for (const cgo of [false, true])
    for (const trimpath of [false, true])
      for (const sw of [false, true]) {
        const full = goarch === 'amd64' || trimpath === sw || (cgo && sw && !trimpath);
        // amd64 cgo builds also carry CGO_CFLAGS with a space, which build info quotes.
        if (full)
          MATRIX.push({
            goarch,
            cgo,
            trimpath,
            sw,
            ...(goarch === 'amd64' && cgo ? { cflags: '-O2 -g' } : {}),
          });
      }
// Big-endian, 64- and 32-bit, pure Go (no cross C compiler needed).
MATRIX.push({ goarch: 's390x', cgo: false, trimpath: true, sw: true });
MATRIX.push({ goarch: 'mips', cgo: false, trimpath: false, sw: false });
const TZDATA: GoBuildOptions = { program: 'tzdata', goarch: 'amd64', cgo: false, trimpath: true, sw: true };
const PIE: GoBuildOptions = { goarch: 'amd64', cgo: false, trimpath: true, sw: false, buildmode: 'pie' };

interface Normal {
  GoVersion: string;
  Path?: string;
  Main?: NormalModule;
  Deps?: NormalModule[];
  Settings?: { Key: string; Value?: string }[];
}
interface NormalModule {
  Path?: string;
  Version?: string;
  Sum?: string;
  Replace?: NormalModule;
}

/** Our GoModule in the shape of Go's JSON (runtime/debug.Module with omitempty). */
function goModule(m: GoModule): NormalModule {
  const out: NormalModule = {};
  if (m.path) out.Path = m.path;
  if (m.version) out.Version = m.version;
  if (m.sum) out.Sum = m.sum;
  if (m.replace) out.Replace = goModule(m.replace);
  return out;
}

let builder: GoBuilder;
const built = new Map<string, { file: string; bytes: Buffer; go: { text: string; json: Normal } }>();
const failures = new Map<string, Error>();

beforeAll(async () => {
  requireToolchains(GOARCHS);
  builder = new GoBuilder();
  // One build at a time: the machine is shared, and go build is parallel inside already.
  for (const o of [...MATRIX, TZDATA, PIE]) {
    try {
      const file = await builder.build(o);
      const go = await builder.versionM(file);
      built.set(label(o), {
        file,
        bytes: readFileSync(file),
        go: { text: go.text, json: go.json as Normal },
      });
    } catch (e) {
      failures.set(label(o), e as Error);
    }
  }
}, 3_600_000);

afterAll(() => builder?.cleanup());

function get(o: GoBuildOptions) {
  const f = failures.get(label(o));
  if (f) throw f;
  const b = built.get(label(o));
  if (!b) throw new Error(`${label(o)} was not built`);
  return b;
}

describe.each(MATRIX.map((o) => [label(o), o] as const))('%s', (_name, o) => {
  let bin: GoBinary;
  beforeAll(() => {
    const b = built.get(label(o));
    if (b) bin = inspectBinary(b.bytes)!;
  });

  it('agrees with go version -m, field by field', () => {
    const { json } = get(o).go;
    const info = bin.buildInfo;
    expect(info).toBeDefined();
    if (!info) return;
    expect(info.format).toBe('inline');
    expect(info.goVersion).toBe(json.GoVersion);
    expect(info.path).toBe(json.Path);
    expect(info.main && goModule(info.main)).toEqual(json.Main);
    expect(info.deps.map(goModule)).toEqual(json.Deps ?? []);
    expect(info.deps.map((d) => d.replace?.path)).toEqual(['../greet']);
    // Go's JSON omits empty values.
    const settings = (json.Settings ?? []).map((s) => ({ Key: s.Key, Value: s.Value ?? '' }));
    expect(info.settings.map((s) => ({ Key: s.key, Value: s.value }))).toEqual(settings);
    // Also what the build flags say, so a shared mistake in both cannot pass.
    expect(buildSetting(info, 'GOARCH')).toBe(o.goarch);
    expect(buildSetting(info, 'CGO_ENABLED')).toBe(o.cgo ? '1' : '0');
    expect(buildSetting(info, '-trimpath')).toBe(o.trimpath ? 'true' : undefined);
    expect(buildSetting(info, '-ldflags')).toBe(o.sw && !o.trimpath ? '-s -w' : undefined);
    if (o.goarch === 'arm') expect(buildSetting(info, 'GOARM')).toMatch(/^7/);
    if (o.cflags && !o.trimpath) expect(buildSetting(info, 'CGO_CFLAGS')).toBe(o.cflags);
  });

  it('prints what go version -m prints', () => {
    const { file, go } = get(o);
    expect(formatGoVersionM(file, bin.buildInfo!)).toBe(go.text);
  });

  it('reads the ELF facts the build flags imply', () => {
    get(o);
    const elf = bin.elf;
    expect(elf.goarch).toBe(o.goarch);
    expect(elf.bits).toBe(['amd64', 'arm64', 's390x'].includes(o.goarch) ? 64 : 32);
    expect(elf.endian).toBe(o.goarch === 's390x' || o.goarch === 'mips' ? 'big' : 'little');
    expect(elf.interpreter !== undefined).toBe(o.cgo);
    expect(elf.needed.length > 0).toBe(o.cgo);
    if (o.cgo) expect(elf.needed).toContain('libc.so.6');
    expect(bin.static).toBe(!o.cgo);
    expect(bin.stripped).toBe(o.sw);
    expect(elf.hasSymtab).toBe(!o.sw);
    expect(elf.symtabBytes > 0).toBe(!o.sw);
    expect(elf.debugSectionsBytes === 0).toBe(o.sw);
    if (o.goarch === 'arm' && o.cgo) expect(elf.armFloatAbi).toBe('hard');
    const blob = elf.sections.find((s) => s.name === '.go.buildinfo');
    expect(blob?.size).toBeGreaterThan(0);
  });

  it('finds the traits', () => {
    get(o);
    expect(bin.traits).toEqual({
      usesTls: true,
      loadsTimeZones: true,
      embedsTzdata: false,
      usesCgo: o.cgo,
      usesNetCgoResolver: o.cgo,
    });
  });

  it('finds the blob without the section table, through the writable PT_LOAD', () => {
    const { bytes } = get(o);
    // Hide the section table (e_shoff = 0, e_shnum = 0): Go's fallback is the first writable, non-exec PT_LOAD.
    const copy = Buffer.from(bytes);
    const is64 = copy[4] === 2;
    if (is64) {
      copy.writeBigUInt64LE(0n, 40);
      copy.writeUInt16LE(0, 60);
    } else {
      copy.writeUInt32LE(0, 32);
      copy.writeUInt16LE(0, 48);
    }
    const info = readGoBuildInfo(copy);
    expect(info?.settings).toEqual(bin.buildInfo?.settings);
    const b = inspectBinary(copy)!;
    expect(b.elf.sections).toEqual([]);
    // DT_NEEDED through PT_DYNAMIC and DT_STRTAB when there are no sections.
    expect(b.elf.needed).toEqual(bin.elf.needed);
    expect(b.static).toBe(!o.cgo);
  });
});

describe('time/tzdata', () => {
  it('is found embedded, and go version -m agrees', () => {
    const { file, bytes, go } = get(TZDATA);
    const bin = inspectBinary(bytes)!;
    expect(bin.traits?.embedsTzdata).toBe(true);
    expect(bin.traits?.loadsTimeZones).toBe(true);
    expect(bin.traits?.usesTls).toBe(false);
    expect(formatGoVersionM(file, bin.buildInfo!)).toBe(go.text);
    expect(basename(file)).toBe(label(TZDATA));
  });
});

describe('-buildmode=pie without cgo', () => {
  it('is a dynamic ELF with a loader and no libraries: not static, and go version -m agrees', () => {
    const { file, bytes, go } = get(PIE);
    const bin = inspectBinary(bytes)!;
    expect(bin.elf.type).toBe('dyn');
    expect(bin.elf.interpreter).toMatch(/ld-linux-x86-64/);
    expect(bin.elf.needed).toEqual([]);
    expect(bin.static).toBe(false);
    expect(buildSetting(bin.buildInfo!, '-buildmode')).toBe('pie');
    expect(formatGoVersionM(file, bin.buildInfo!)).toBe(go.text);
    expect(bin.traits).toMatchObject({ usesTls: true, loadsTimeZones: true, usesCgo: false });
  });
});

describe("the reproduce stage's reader (src/reproduce/buildinfo.ts over src/gobin)", () => {
  it('names the build setting that differs between two real builds', () => {
    const plain = readBuildInfo(get({ goarch: 'amd64', cgo: false, trimpath: false, sw: false }).bytes);
    const sw = readBuildInfo(get({ goarch: 'amd64', cgo: false, trimpath: false, sw: true }).bytes);
    expect(plain?.fields.get('dep fixtures.gobin.test/greet')).toBe('v1.2.3 => ../greet (devel)');
    expect(diffBuildInfo(plain!, sw!)).toEqual([{ field: '-ldflags', second: '-s -w' }]);
  });
});
