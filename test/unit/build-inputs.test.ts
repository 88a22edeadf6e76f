/** build-push-action v7's build inputs: list syntax, validation, conflicts with our outputs, and the buildx argv. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildConfig, ConfigError } from '../../src/config/config.js';
import { csvList } from '../../src/config/csv-list.js';
import {
  parseAddHosts,
  parseAllow,
  parseAnnotations,
  parseAttests,
  parseBuildContexts,
  parseCall,
  parseOutputs,
  parseSbom,
  parseSecretFiles,
  parseShmSize,
  parseUlimits,
} from '../../src/config/build-inputs.js';
import { buildxBuildArgs } from '../../src/tools/buildx.js';
import {
  allowsIidFile,
  attestSpecs,
  buildInputFields,
  extraOutputs,
  secretFileSpecs,
} from '../../src/tools/buildx-inputs.js';

const from = (values: Record<string, string>) => (name: string) => values[name];

function workspace(): string {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'gcc-bi-'));
  mkdirSync(path.join(ws, 'lib'));
  writeFileSync(path.join(ws, 'token.txt'), 'x');
  return ws;
}

describe('csvList (build-push-action list syntax)', () => {
  it('splits on newlines and commas, keeps a quoted comma, trims and drops empties', () => {
    expect(csvList('a, b\n\n c ,"d,e"\r\nf')).toEqual(['a', 'b', 'c', 'd,e', 'f']);
  });
  it('with ignoreComma, one item per line (quotes removed, fields joined again)', () => {
    expect(csvList('k=v,w\n"x=1,2",y\n', { ignoreComma: true })).toEqual(['k=v,w', 'x=1,2,y']);
  });
  it('a quote inside an unquoted field is a character; "" is a quote in a quoted field', () => {
    expect(csvList('a"b\n"say ""hi"""', { ignoreComma: true })).toEqual(['a"b', 'say "hi"']);
  });
  it('a quoted field may span lines; an unclosed quote is an error with its line', () => {
    expect(csvList('"a\nb"', { ignoreComma: true })).toEqual(['a\nb']);
    expect(() => csvList('ok\n"open', {})).toThrow(/line 2: a double quote is never closed/);
    expect(() => csvList('"a"b', {})).toThrow(/line 1: a quoted value must end/);
  });
  it('without quoting, every character but the newline is literal', () => {
    expect(csvList('type=local,dest="out"', { ignoreComma: true, quote: false })).toEqual([
      'type=local,dest="out"',
    ]);
  });
});

describe('build input parsers', () => {
  it('annotations: type prefixes, = and commas in values; bad types and keys named', () => {
    expect(
      parseAnnotations(
        'annotations',
        'org.opencontainers.image.title=a=b, c\nindex:org.opencontainers.image.vendor=acme\nmanifest[linux/amd64]:k=v\nmanifest,index:both=1',
      ),
    ).toEqual([
      'org.opencontainers.image.title=a=b, c',
      'index:org.opencontainers.image.vendor=acme',
      'manifest[linux/amd64]:k=v',
      'manifest,index:both=1',
    ]);
    expect(() => parseAnnotations('annotations', 'layer:k=v')).toThrow(
      /input 'annotations': 'layer:k=v': unknown annotation type 'layer'/,
    );
    expect(() => parseAnnotations('annotations', 'novalue')).toThrow(/expected key=value/);
    expect(() => parseAnnotations('annotations', 'has space=1')).toThrow(/without spaces/);
  });

  it('build-contexts: paths and schemes, duplicates refused', () => {
    expect(
      parseBuildContexts('build-contexts', 'lib=../lib\nbase=docker-image://alpine:3\nsrc=target:build'),
    ).toEqual([
      { name: 'lib', value: '../lib', isPath: true },
      { name: 'base', value: 'docker-image://alpine:3', isPath: false },
      { name: 'src', value: 'target:build', isPath: false },
    ]);
    expect(() => parseBuildContexts('build-contexts', 'lib=a\nlib=b')).toThrow(/named twice/);
    expect(() => parseBuildContexts('build-contexts', 'lib=')).toThrow(/expected name=source/);
  });

  it.each([
    ['type=registry', /type=registry conflicts .*push: true/],
    ['type=image,name=r/a', /type=image conflicts/],
    ['type=docker', /type=docker conflicts .*load: true/],
    ['type=oci,dest=x.tar', /type=oci conflicts .*OCI archive/],
    ['type=local,dest=out,push=true', /pushing from an output is not allowed/],
    ['type=local,dest=-', /dest=- \(standard output\) is not allowed/],
    ['type=tar', /type=tar needs dest=PATH/],
    ['type=weird,dest=x', /unknown output type 'weird'/],
    ['type=local,,dest=x', /'' is not key=value/],
  ])('outputs: %s is refused with a clear error', (line, message) => {
    expect(() => parseOutputs('outputs', line)).toThrow(message);
    expect(() => parseOutputs('outputs', line)).toThrow(/^input 'outputs': /);
  });

  it('outputs: local, tar, a bare path, cacheonly', () => {
    expect(parseOutputs('outputs', 'type=local,dest=out\nbin\ntype=tar,dest=fs.tar\ntype=cacheonly')).toEqual(
      [
        { type: 'local', dest: 'out', attrs: [] },
        { type: 'local', dest: 'bin', attrs: [] },
        { type: 'tar', dest: 'fs.tar', attrs: [] },
        { type: 'cacheonly', attrs: [] },
      ],
    );
  });

  it('secret-files, add-hosts, allow, shm-size, ulimit', () => {
    expect(parseSecretFiles('secret-files', 'netrc=/home/u/.netrc\ntok=a=b.txt')).toEqual([
      { id: 'netrc', path: '/home/u/.netrc' },
      { id: 'tok', path: 'a=b.txt' },
    ]);
    expect(() => parseSecretFiles('secret-files', 'bad id=x')).toThrow(/not a secret id/);
    expect(parseAddHosts('add-hosts', 'docker:10.180.0.1,v6=::1\ngw:host-gateway')).toEqual([
      'docker=10.180.0.1',
      'v6=::1',
      'gw=host-gateway',
    ]);
    expect(() => parseAddHosts('add-hosts', 'x:not-an-ip')).toThrow(/not an IP address/);
    expect(parseAllow('allow', 'network.host,security.insecure')).toEqual([
      'network.host',
      'security.insecure',
    ]);
    expect(() => parseAllow('allow', 'root')).toThrow(/expected network.host/);
    expect(parseShmSize('shm-size', ' 2g ')).toBe('2g');
    expect(() => parseShmSize('shm-size', 'lots')).toThrow(/expected a size/);
    expect(parseUlimits('ulimit', 'nofile=1024:2048\nnproc=-1')).toEqual(['nofile=1024:2048', 'nproc=-1']);
    expect(() => parseUlimits('ulimit', 'nofile=4096:1024')).toThrow(/soft limit is above/);
    expect(() => parseUlimits('ulimit', 'files=1')).toThrow(/unknown limit 'files'/);
  });

  it('sbom and attests: booleans become disabled=, types checked', () => {
    expect(parseSbom('sbom', 'true')).toBe('type=sbom,disabled=false');
    expect(parseSbom('sbom', 'generator=r/scanner:1')).toBe('type=sbom,generator=r/scanner:1');
    expect(parseAttests('attests', 'type=provenance,mode=max\ntype=sbom,false')).toEqual([
      'type=provenance,mode=max',
      'type=sbom,disabled=true',
    ]);
    expect(() => parseAttests('attests', 'type=vex')).toThrow(/unknown attestation type 'vex'/);
    expect(() => parseAttests('attests', 'mode=max')).toThrow(/expected type=sbom or type=provenance/);
  });

  it('call: build or check', () => {
    expect(parseCall('call', '')).toBe('build');
    expect(parseCall('call', 'CHECK')).toBe('check');
    expect(() => parseCall('call', 'outline')).toThrow(/input 'call': expected build or check/);
  });

  it.each(['shm-size', 'network', 'cgroup-parent', 'call'])(
    '%s: a newline in a single-line input is refused',
    (name) => {
      const ws = workspace();
      expect(() => buildConfig(from({ [name]: 'a\nb' }), { workspace: ws, defaultReportDir: ws })).toThrow(
        new RegExp(`input '${name}': expected a single line`),
      );
    },
  );
});

describe('build inputs in the config', () => {
  it('file is an alias of dockerfile; two different files are an error', () => {
    const ws = workspace();
    const env = { workspace: ws, defaultReportDir: ws };
    expect(buildConfig(from({ file: 'svc/Dockerfile.prod' }), env).dockerfilePath).toBe(
      path.join(ws, 'svc/Dockerfile.prod'),
    );
    expect(buildConfig(from({ file: './D', dockerfile: 'D' }), env).dockerfilePath).toBe(path.join(ws, 'D'));
    expect(() => buildConfig(from({ file: 'A', dockerfile: 'B' }), env)).toThrow(
      /input 'file': 'A' and dockerfile 'B' name different files/,
    );
    expect(() => buildConfig(from({ file: '../x' }), env)).toThrow(/input 'file': .*outside the workspace/);
  });

  it('build-contexts directories stay in the workspace and exist; secret files exist', () => {
    const ws = workspace();
    const env = { workspace: ws, defaultReportDir: ws };
    const errors = (() => {
      try {
        buildConfig(
          from({
            'build-contexts': 'a=../..\nb=missing\nc=lib',
            'secret-files': 'tok=token.txt\nno=nope.txt',
          }),
          env,
        );
        return [];
      } catch (e) {
        return (e as ConfigError).errors.map((x) => x.message);
      }
    })();
    expect(errors).toEqual([
      expect.stringMatching(/^input 'build-contexts': '\.\.\/\.\.' resolves to .* outside the workspace/),
      expect.stringMatching(/^input 'build-contexts': b: .*missing is not a directory/),
      expect.stringMatching(/^input 'secret-files': no: the file .*nope\.txt does not exist/),
    ]);
  });

  it('become buildx flags: paths absolute, iidfile dropped next to a local exporter, provenance input wins', () => {
    const ws = workspace();
    const config = buildConfig(
      from({
        annotations: 'index:org.opencontainers.image.description=a, b = c',
        'build-contexts': 'lib=lib\nbase=docker-image://r/base:1',
        pull: 'true',
        'no-cache': 'true',
        'no-cache-filters': 'build,test',
        outputs: 'type=local,dest=out',
        'secret-files': 'tok=token.txt',
        network: 'none',
        'add-hosts': 'proxy:10.0.0.5',
        allow: 'network.host',
        'shm-size': '1g',
        ulimit: 'nofile=1024:1024',
        'cgroup-parent': 'ci.slice',
        sbom: 'true',
        attests: 'type=provenance,mode=min\ntype=sbom,generator=x',
        provenance: 'mode=max',
      }),
      { workspace: ws, defaultReportDir: ws },
    );
    expect(allowsIidFile(config)).toBe(false);
    expect(attestSpecs(config)).toEqual(['type=sbom,disabled=false']);
    expect(secretFileSpecs(config)).toEqual([`id=tok,src=${path.join(ws, 'token.txt')}`]);
    const args = buildxBuildArgs({
      contextDir: ws,
      dockerfile: path.join(ws, 'Dockerfile'),
      platforms: [],
      tags: [],
      outputs: [{ kind: 'oci', dest: '/tmp/o.tar' }, ...extraOutputs(config)],
      buildArgs: {},
      labels: {},
      metadataFile: '/tmp/m.json',
      ...buildInputFields(config),
    });
    const after = (flag: string) => args.flatMap((a, i) => (a === flag ? [args[i + 1]] : []));
    expect(after('--annotation')).toEqual(['index:org.opencontainers.image.description=a, b = c']);
    expect(after('--build-context')).toEqual([`lib=${path.join(ws, 'lib')}`, 'base=docker-image://r/base:1']);
    expect(after('--output')).toEqual([
      'type=oci,dest=/tmp/o.tar',
      `type=local,dest=${path.join(ws, 'out')}`,
    ]);
    expect(after('--no-cache-filter')).toEqual(['build', 'test']);
    expect(after('--network')).toEqual(['none']);
    expect(after('--add-host')).toEqual(['proxy=10.0.0.5']);
    expect(after('--allow')).toEqual(['network.host']);
    expect(after('--shm-size')).toEqual(['1g']);
    expect(after('--ulimit')).toEqual(['nofile=1024:1024']);
    expect(after('--cgroup-parent')).toEqual(['ci.slice']);
    expect(after('--attest')).toEqual(['type=sbom,disabled=false']);
    expect(args).toEqual(expect.arrayContaining(['--pull', '--no-cache']));
    expect(args).not.toContain('--iidfile');
    expect(args.slice(-2)).toEqual(['--', ws]);
  });

  it('a hostile annotation value stays one argument', () => {
    const ws = workspace();
    const config = buildConfig(from({ annotations: '"k=--push\nx",y' }), {
      workspace: ws,
      defaultReportDir: ws,
    });
    expect(config.annotations).toEqual(['k=--push\nx,y']);
    const args = buildxBuildArgs({
      contextDir: ws,
      dockerfile: 'D',
      platforms: [],
      tags: [],
      outputs: [],
      buildArgs: {},
      labels: {},
      metadataFile: 'm',
      ...buildInputFields(config),
    });
    expect(args[args.indexOf('--annotation') + 1]).toBe('k=--push\nx,y');
    expect(args).not.toContain('--push');
  });
});
