/**
 * docker/metadata-action's documented examples (its README's "Basic" and "Semver" tables, plus the schedule,
 * sha, flavor and expression examples of its tag reference) as a table: same rules, same git context, same tags.
 */
import { gitContextFrom, type GitContext } from '../../../src/metadata/context.js';
import { metadataJson, resolveMetadata } from '../../../src/metadata/resolve.js';
import {
  parseFlavor,
  parseImageRules,
  parseTagRule,
  DEFAULT_TAG_RULES,
} from '../../../src/metadata/rules.js';

const NOW = new Date('2026-12-01T10:20:30Z');
const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';

/** The environment and the event payload the runner gives each event. */
function context(event: string, ref: string, payload: Record<string, unknown> = {}): GitContext {
  return gitContextFrom(
    { GITHUB_EVENT_NAME: event, GITHUB_REF: ref, GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'octo/hello-world' },
    JSON.stringify({
      repository: {
        name: 'hello-world',
        description: 'A Go service',
        html_url: 'https://github.com/octo/hello-world',
        default_branch: 'master',
        license: { spdx_id: 'MIT' },
      },
      ...payload,
    }),
    NOW,
  );
}

const PUSH_MASTER = context('push', 'refs/heads/master');
const PUSH_RELEASES = context('push', 'refs/heads/releases/v1');
const PUSH_TAG = context('push', 'refs/tags/v1.2.3');
const PUSH_PRE = context('push', 'refs/tags/v2.0.8-beta.67');
const PR = context('pull_request', 'refs/pull/2/merge', {
  pull_request: { number: 2, base: { ref: 'master' } },
});
const SCHEDULE = context('schedule', 'refs/heads/master');
const DISPATCH = context('workflow_dispatch', 'refs/heads/master');

function rules(lines: readonly string[]) {
  return lines.map((l) => {
    const r = parseTagRule(l);
    if ('problem' in r) throw new Error(r.problem);
    return r.value;
  });
}

function tags(
  tagLines: readonly string[],
  ctx: GitContext,
  flavorLines: readonly string[] = [],
  images = ['name/app'],
) {
  const flavor = parseFlavor(flavorLines);
  const imageRules = parseImageRules(images);
  if ('problem' in flavor || 'problem' in imageRules) throw new Error('bad fixture');
  return resolveMetadata(
    { images: imageRules.value, tags: rules(tagLines), flavor: flavor.value },
    ctx,
  ).tags.map((t) => t.replace(/^name\/app:/, ''));
}

const SEMVER_RULES = [
  'type=ref,event=branch',
  'type=ref,event=pr',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
];

describe('metadata-action README examples', () => {
  // "Basic": images only, the default rules.
  it.each([
    ['pull_request', PR, ['pr-2']],
    ['push master', PUSH_MASTER, ['master']],
    ['push releases/v1', PUSH_RELEASES, ['releases-v1']],
    ['push tag v1.2.3', PUSH_TAG, ['v1.2.3', 'latest']],
    ['push tag v2.0.8-beta.67', PUSH_PRE, ['v2.0.8-beta.67', 'latest']],
    ['workflow_dispatch master', DISPATCH, ['master']],
    ['schedule', SCHEDULE, ['nightly', 'master']],
  ])('Basic, %s', (_name, ctx, expected) => {
    expect(tags(DEFAULT_TAG_RULES, ctx)).toEqual(expected);
  });

  // "Semver".
  it.each([
    ['pull_request', PR, ['pr-2']],
    ['push master', PUSH_MASTER, ['master']],
    ['push releases/v1', PUSH_RELEASES, ['releases-v1']],
    ['push tag v1.2.3', PUSH_TAG, ['1.2.3', '1.2', 'latest']],
    ['push tag v2.0.8-beta.67', PUSH_PRE, ['2.0.8-beta.67']],
  ])('Semver, %s', (_name, ctx, expected) => {
    expect(tags(SEMVER_RULES, ctx)).toEqual(expected);
  });

  it('schedule with a date pattern, sha and raw', () => {
    expect(
      tags(["type=schedule,pattern={{date 'YYYYMMDD'}}", 'type=sha', 'type=raw,value=stable'], SCHEDULE),
    ).toEqual(['20261201', 'stable', 'sha-860c190']);
    expect(tags(['type=sha,format=long,prefix='], PUSH_MASTER)).toEqual([SHA]);
  });

  it('edge on the default branch, and {{is_default_branch}}', () => {
    expect(tags(['type=edge'], PUSH_MASTER)).toEqual(['edge']);
    expect(tags(['type=edge,branch=main'], PUSH_MASTER)).toEqual([]);
    const latestOnDefault = ['type=raw,value=latest,enable={{is_default_branch}}'];
    expect(tags(latestOnDefault, PUSH_MASTER)).toEqual(['latest']);
    expect(tags(latestOnDefault, PUSH_RELEASES)).toEqual([]);
  });

  it('flavor: latest, prefix, suffix, onlatest', () => {
    expect(tags(['type=semver,pattern={{version}}'], PUSH_TAG, ['latest=false'])).toEqual(['1.2.3']);
    expect(tags(['type=ref,event=branch'], PUSH_MASTER, ['latest=true'])).toEqual(['master', 'latest']);
    expect(tags(['type=semver,pattern={{version}}'], PUSH_TAG, ['prefix=foo-', 'suffix=-bar'])).toEqual([
      'foo-1.2.3-bar',
      'latest',
    ]);
    expect(tags(['type=semver,pattern={{version}}'], PUSH_TAG, ['suffix=-alpine,onlatest=true'])).toEqual([
      '1.2.3-alpine',
      'latest-alpine',
    ]);
    // A rule's own prefix wins over the flavor's.
    expect(tags(['type=ref,event=pr'], PR, ['prefix=x-'])).toEqual(['pr-2']);
  });

  it('semver with {{raw}}, {{major}}, value= and match=', () => {
    expect(tags(['type=semver,pattern={{raw}}'], PUSH_PRE)).toEqual(['v2.0.8-beta.67']);
    expect(tags(['type=semver,pattern={{major}}'], PUSH_PRE)).toEqual(['2.0.8-beta.67']);
    expect(tags(['type=semver,pattern=v{{major}}'], PUSH_TAG)).toEqual(['v1', 'latest']);
    expect(tags(['type=semver,pattern={{version}},value=3.4.5'], PUSH_MASTER)).toEqual(['3.4.5', 'latest']);
    const prefixed = context('push', 'refs/tags/api-v1.4.0');
    expect(tags(['type=semver,pattern={{version}},match=api-v(.*)'], prefixed)).toEqual(['1.4.0', 'latest']);
    // Not a semver: no tag, a note.
    expect(tags(['type=semver,pattern={{version}}'], context('push', 'refs/tags/release1'))).toEqual([]);
  });

  it('type=match', () => {
    expect(tags(['type=match,pattern=\\d.\\d.\\d'], PUSH_TAG)).toEqual(['1.2.3', 'latest']);
    expect(tags(['type=match,pattern=v(\\d).\\d,group=1'], PUSH_TAG)).toEqual(['1', 'latest']);
  });

  it('priority decides the version; enable=false drops a rule', () => {
    const m = resolveMetadata(
      {
        images: [{ name: 'ghcr.io/Octo/App', enable: true }],
        tags: rules(['type=sha', 'type=raw,value=v9,priority=2000']),
      },
      PUSH_MASTER,
    );
    expect(m.version).toBe('v9');
    expect(m.tags).toEqual(['ghcr.io/octo/app:v9', 'ghcr.io/octo/app:sha-860c190']);
    expect(tags(['type=ref,event=branch,enable=false', 'type=sha'], PUSH_MASTER)).toEqual(['sha-860c190']);
  });

  it('several images, one disabled', () => {
    const images = ['name=ghcr.io/octo/app', 'name=octo/app,enable=false', 'registry.example/app'];
    expect(tags(['type=ref,event=branch'], PUSH_MASTER, [], images)).toEqual([
      'ghcr.io/octo/app:master',
      'registry.example/app:master',
    ]);
  });

  it('labels, annotations, version and json follow metadata-action', () => {
    const m = resolveMetadata(
      {
        images: [{ name: 'name/app', enable: true }],
        tags: rules(SEMVER_RULES),
        labels: { maintainer: 'ops' },
      },
      PUSH_TAG,
    );
    expect(m.version).toBe('1.2.3');
    expect(m.labels).toEqual({
      maintainer: 'ops',
      'org.opencontainers.image.created': NOW.toISOString(),
      'org.opencontainers.image.description': 'A Go service',
      'org.opencontainers.image.licenses': 'MIT',
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.source': 'https://github.com/octo/hello-world',
      'org.opencontainers.image.title': 'hello-world',
      'org.opencontainers.image.url': 'https://github.com/octo/hello-world',
      'org.opencontainers.image.version': '1.2.3',
    });
    expect(m.annotations).toContain('manifest:org.opencontainers.image.version=1.2.3');
    expect(m.annotations.some((a) => a.includes('maintainer'))).toBe(false);
    expect(JSON.parse(metadataJson(m))).toEqual({
      tags: ['name/app:1.2.3', 'name/app:1.2', 'name/app:latest'],
      'tag-names': ['1.2.3', '1.2', 'latest'],
      labels: m.labels,
      annotations: m.annotations,
    });
  });

  it('{{base_ref}}, {{branch}}, {{tag}} and {{sha}} in values', () => {
    expect(tags(['type=raw,value=into-{{base_ref}}'], PR)).toEqual(['into-master']);
    expect(tags(['type=raw,value={{branch}}-{{sha}}'], PUSH_RELEASES)).toEqual(['releases-v1-860c190']);
    expect(tags(['type=raw,value={{tag}}'], PUSH_TAG)).toEqual(['v1.2.3']);
    expect(tags(["type=raw,value={{date 'YYYY.MM.DD-HH' tz='Asia/Tokyo'}}"], PUSH_MASTER)).toEqual([
      '2026.12.01-19',
    ]);
  });

  it('a commit date from the push payload feeds {{commit_date}} and created', () => {
    const ctx = context('push', 'refs/heads/master', {
      head_commit: { timestamp: '2026-11-30T08:00:00+01:00' },
    });
    expect(tags(["type=raw,value={{commit_date 'YYYYMMDDHHmm'}}"], ctx)).toEqual(['202611300700']);
    const m = resolveMetadata({ images: [], tags: rules(['type=ref,event=branch']) }, ctx);
    expect(m.labels['org.opencontainers.image.created']).toBe('2026-11-30T07:00:00.000Z');
  });
});
