/** Property and hostile-input tests for the metadata parsers: they never throw, and what they accept is sound. */
import fc from 'fast-check';
import { gitContextFrom } from '../../../src/metadata/context.js';
import { resolveMetadata, sanitizeTag } from '../../../src/metadata/resolve.js';
import {
  csvFields,
  parseFlavor,
  parseImageRules,
  parseTagRule,
  tagsInputItems,
  TAG_TEXT,
} from '../../../src/metadata/rules.js';
import { parseSemver } from '../../../src/metadata/semver.js';
import { formatDate, parseTemplate, renderTemplate } from '../../../src/metadata/template.js';

const hostile = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.constantFrom('type=', 'semver', ',', '"', '=', '{{', '}}', "'", 'pattern', 'value', ' ', '\\', '/'),
      {
        maxLength: 40,
      },
    )
    .map((a) => a.join('')),
);

describe('metadata parsers', () => {
  it('never throw on any line', () => {
    fc.assert(
      fc.property(hostile, (line) => {
        parseTagRule(line);
        parseImageRules([line]);
        parseFlavor([line]);
        csvFields(line);
        parseTemplate(line);
        parseSemver(line);
        tagsInputItems(line);
      }),
      { numRuns: 3000 },
    );
  });

  it('csv fields round-trip through quoting', () => {
    const field = fc.string({ maxLength: 20 }).filter((s) => s !== '' && s.trim() === s);
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 6 }), (fields) => {
        const line = fields.map((f) => `"${f.replace(/"/g, '""')}"`).join(',');
        expect(csvFields(line)).toEqual({ value: fields });
      }),
    );
  });

  it('semver: what is printed is read back; pre-releases keep their identifiers', () => {
    const n = fc.nat({ max: 1_000_000 });
    const id = fc.stringMatching(/^(0|[1-9][0-9]{0,3}|[a-z-][a-z0-9-]{0,5})$/);
    fc.assert(
      fc.property(n, n, n, fc.array(id, { maxLength: 3 }), fc.boolean(), (a, b, c, pre, v) => {
        const text = `${v ? 'v' : ''}${a}.${b}.${c}${pre.length ? `-${pre.join('.')}` : ''}`;
        const parsed = parseSemver(text);
        expect(parsed).toMatchObject({ major: a, minor: b, patch: c, prerelease: pre, raw: text });
        expect(parsed?.version).toBe(text.replace(/^v/, ''));
      }),
    );
  });

  it('semver rejects what semver.org rejects', () => {
    for (const bad of [
      '1.2',
      '01.2.3',
      '1.2.3-',
      '1.2.3-01',
      'v',
      '1.2.3.4',
      `${'9'.repeat(20)}.0.0`,
      'x1.2.3',
    ])
      expect(parseSemver(bad)).toBeUndefined();
    expect(parseSemver(`1.2.3-${'a'.repeat(100_000)}`)).toBeUndefined();
  });

  it('sanitized tags are registry tags', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (s) => {
        expect(sanitizeTag(s)).toMatch(/^[A-Za-z0-9._-]*$/);
      }),
    );
  });

  it('templates without braces render as themselves; dates format in any zone', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 50 }).filter((s) => !s.includes('{{')),
        (s) => {
          expect(renderTemplate(s, {})).toBe(s);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01'), max: new Date('2999-12-31'), noInvalidDate: true }),
        fc.string({ maxLength: 20 }),
        fc.constantFrom('UTC', 'Europe/Paris', 'Asia/Kolkata'),
        (d, f, tz) => {
          expect(typeof formatDate(d, f, tz)).toBe('string');
        },
      ),
    );
    expect(() => formatDate(new Date(), 'YYYY', 'Mars/Olympus')).toThrow(/unknown time zone/);
  });

  it('whatever the rules and the ref, the tags are valid tag texts', () => {
    const ref = fc.oneof(
      fc.string({ maxLength: 40 }).map((s) => `refs/heads/${s}`),
      fc.string({ maxLength: 40 }).map((s) => `refs/tags/${s}`),
      fc.nat().map((n) => `refs/pull/${n}/merge`),
    );
    const rules = [
      'type=ref,event=branch',
      'type=ref,event=tag',
      'type=ref,event=pr',
      'type=semver,pattern={{major}}',
    ]
      .map(parseTagRule)
      .map((r) => ('value' in r ? r.value : undefined))
      .filter((r) => r !== undefined);
    fc.assert(
      fc.property(ref, fc.constantFrom('push', 'pull_request', 'schedule'), (r, event) => {
        const ctx = gitContextFrom(
          { GITHUB_REF: r, GITHUB_EVENT_NAME: event, GITHUB_SHA: 'abc' },
          undefined,
          new Date(0),
        );
        const m = resolveMetadata({ images: [], tags: rules }, ctx);
        for (const t of m.tagNames) if (t.length <= 128 && !/^[.-]/.test(t)) expect(t).toMatch(TAG_TEXT);
      }),
    );
  });

  it('hostile payloads give a context, never an exception', () => {
    for (const payload of [
      '',
      'null',
      '[]',
      '{"repository":42}',
      '{"repository":{"license":"MIT"}}',
      '{',
      '"x"',
    ])
      expect(gitContextFrom({}, payload, new Date(0)).repository).toBeDefined();
  });

  it('unclosed and nested braces are problems, not crashes', () => {
    expect(parseTemplate('{{version')).toHaveProperty('problem');
    expect(parseTemplate('{{{version}}}')).toHaveProperty('problem');
    expect(parseTemplate("{{date 'YYYY' tz='UTC' extra}}")).toHaveProperty('problem');
    expect(parseTagRule('type=raw,"value=unclosed')).toHaveProperty('problem');
    expect(parseTagRule('type=match,pattern=(')).toHaveProperty('problem');
    expect(parseTagRule('type=raw,value=x,priority=1e99')).toHaveProperty('problem');
  });
});
