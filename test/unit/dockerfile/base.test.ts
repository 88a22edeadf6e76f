import { KNOWN_BASES, baseName, classifyBase } from '../../../src/dockerfile/base.js';

describe('classifyBase', () => {
  it.each([
    ['scratch', 'scratch', 'scratch', { libc: 'none', empty: true, minimal: true }],
    [' SCRATCH ', 'scratch', 'scratch', { empty: true }],
    [
      'gcr.io/distroless/static-debian12:nonroot',
      'distroless',
      'distroless static',
      { libc: 'none', nonroot: true },
    ],
    [
      'gcr.io/distroless/base-debian12:debug',
      'distroless',
      'distroless base (debug)',
      { libc: 'glibc', shell: true },
    ],
    ['gcr.io/distroless/base-nossl', 'distroless', 'distroless base-nossl', { caCerts: false }],
    ['eu.gcr.io/distroless/cc', 'distroless', 'distroless cc', { libc: 'glibc' }],
    ['cgr.dev/chainguard/static:latest', 'chainguard', 'chainguard static', { libc: 'none', shell: false }],
    ['cgr.dev/chainguard/static:latest-dev', 'chainguard', 'chainguard static', { shell: true }],
    ['cgr.dev/chainguard/go', 'chainguard', 'chainguard go', { go: true, cc: true }],
    [
      'cgr.dev/chainguard/glibc-dynamic',
      'chainguard',
      'chainguard glibc-dynamic',
      { libc: 'glibc', nonroot: true },
    ],
    ['cgr.dev/chainguard/wolfi-base', 'wolfi', 'wolfi', { libc: 'glibc' }],
    ['cgr.dev/chainguard/node', 'chainguard', 'chainguard node', { libc: 'glibc', go: false }],
    ['golang:1.26', 'golang', 'golang (Debian, glibc)', { go: true, cc: true }],
    ['golang:1.26-alpine', 'golang', 'golang (alpine, musl)', { libc: 'musl', cc: false }],
    ['127.0.0.1:5000/golang:1.26.8', 'golang', 'golang (Debian, glibc)', { go: true, cc: undefined }],
    ['mirror.gcr.io/library/golang:1.26', 'golang', 'golang (Debian, glibc)', { cc: true }],
    ['127.0.0.1:5000/static', 'static', 'static (no libc)', { libc: 'none', minimal: true }],
    ['127.0.0.1:5000/glibc', 'glibc', 'glibc image', { libc: 'glibc' }],
    ['localhost:5000/musl', 'musl', 'musl image', { libc: 'musl' }],
    ['alpine:3.20', 'alpine', 'alpine (musl)', { libc: 'musl', caCerts: true }],
    ['docker.io/library/debian:bookworm-slim', 'debian', 'debian (glibc)', { caCerts: false }],
    ['ubuntu:24.04', 'ubuntu', 'ubuntu (glibc)', { libc: 'glibc' }],
    ['busybox:musl', 'busybox', 'busybox', { libc: 'musl' }],
    ['busybox:1.36', 'busybox', 'busybox', { libc: undefined }],
    ['wolfi-base', 'wolfi', 'wolfi', { shell: true }],
    ['ghcr.io/acme/alpine', 'unknown', 'unknown base', {}],
    ['node:22', 'unknown', 'unknown base', {}],
    ['$BASE', 'unknown', 'unknown base', {}],
    ['a b', 'unknown', 'unknown base', {}],
  ])('%s is %s (%s)', (ref, kind, label, facts) => {
    const info = classifyBase(ref);
    expect({ kind: info.kind, label: info.label }).toEqual({ kind, label });
    for (const [key, value] of Object.entries(facts))
      expect([key, info[key as keyof typeof info]]).toEqual([key, value]);
  });

  it('reaches every row of the table (none shadowed by an earlier one)', () => {
    const refs = [
      'scratch',
      'gcr.io/distroless/static',
      'cgr.dev/chainguard/static',
      'cgr.dev/chainguard/go',
      'cgr.dev/chainguard/glibc-dynamic',
      'cgr.dev/chainguard/wolfi-base',
      'cgr.dev/chainguard/node',
      'golang',
      '127.0.0.1:5000/static',
      '127.0.0.1:5000/glibc',
      '127.0.0.1:5000/musl',
      'alpine',
      'debian',
      'busybox',
      'wolfi-base',
    ];
    const rows = refs.map((ref) => KNOWN_BASES.findIndex((k) => k.matches(baseName(ref)!)));
    expect(rows).toEqual(KNOWN_BASES.map((_, i) => i));
  });
});
