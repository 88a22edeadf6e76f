/**
 * Untrusted text in the PR comment, the job summary and the report files (issue 16, Medium 3). Arbitrary
 * strings and the attack corpus (test/hostile/markdown/attacks.json) go through each Markdown helper, then
 * through a real CommonMark + GFM renderer (markdown-it, tables and strikethrough on, linkify on to stand for
 * GitHub's autolinks), and must stay one inline text node: no HTML, no link, no new block. The comment and
 * the summary with hostile findings keep exactly the structure they have with tame ones, and report.html
 * (our renderer) emits only markup it generated.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
type Token = ReturnType<typeof md.parse>[number];
import { code, details, link, rich, table, text } from '../../../src/report/markdown.js';
import { renderHtmlPage, renderMarkdown } from '../../../src/report/html.js';
import { renderComment } from '../../../src/report/comment.js';
import { renderSummary } from '../../../src/report/summary.js';
import { commentMarker } from '../../../src/github/comments.js';
import type { Finding } from '../../../src/core/finding.js';
import { fixtureContext } from '../../helpers/report-fixture.js';
import { HOSTILE_DIR, hostileCase, record } from '../../helpers/hostile.js';

interface Attack {
  readonly name: string;
  readonly value: string;
}
const ATTACKS: readonly Attack[] = (
  JSON.parse(readFileSync(path.join(HOSTILE_DIR, 'markdown', 'attacks.json'), 'utf8')) as {
    cases: Attack[];
  }
).cases;

/** CommonMark + GFM tables/strikethrough, raw HTML on (as GitHub before sanitising), linkify on. */
const md = new MarkdownIt('default', { html: true, linkify: true });
// GitHub autolinks scheme URLs, www. and e-mail addresses, not bare domains (main.go, a.io).
md.linkify.set({ fuzzyLink: false, fuzzyEmail: true });

/** What GitHub would autolink that linkify-it (fuzzyLink off) does not: www. and mentions. */
const GITHUB_AUTOLINK = /(^|[\s*_~(])www\.|(^|[^A-Za-z0-9_`])@[A-Za-z0-9]|[A-Za-z][A-Za-z0-9+.-]*:\/\//i;

/** The text a helper must show: line endings as spaces, C0 controls as their control pictures. */
function shown(s: string): string {
  return (
    s
      .replace(/\r\n|\r|\n|\u2028|\u2029|\t/g, ' ')
      // eslint-disable-next-line no-control-regex -- replacing control characters is the point
      .replace(/[\u0000-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
      .replace(/\u007f/g, '\u2421')
  );
}

const ZWSP = /\u200b/g;

/** The inline children of a document that must be one paragraph (or nothing, for blank text). */
function paragraphChildren(src: string): Token[] {
  const tokens = md.parse(src, {});
  if (tokens.length === 0) return [];
  expect(tokens.map((t) => t.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
  return tokens[1]?.children ?? [];
}

function expectInertText(children: readonly Token[], expected: string): void {
  expect(children.map((c) => c.type).filter((t) => t !== 'text')).toEqual([]);
  expect(children.length).toBeLessThanOrEqual(1);
  const content = children.map((c) => c.content).join('');
  expect(content.replace(ZWSP, '').trim()).toBe(expected.trim());
  expect(content).not.toMatch(GITHUB_AUTOLINK);
}

/** A single-column table with one body row; returns the body cell's inline children. */
function cellChildren(cell: string): Token[] {
  const tokens = md.parse(table(['h'], [[cell]]), {});
  const types = tokens.map((t) => t.type);
  expect(types.filter((t) => t === 'tr_open')).toHaveLength(2);
  expect(types.filter((t) => t === 'td_open')).toHaveLength(1);
  expect(types.filter((t) => /^html|heading|list|blockquote|fence|code_block|hr/.test(t))).toEqual([]);
  const td = types.indexOf('td_open');
  return tokens[td + 1]?.children ?? [];
}

function expectNoMarkup(children: readonly Token[]): void {
  const bad = children.filter((c) => c.type !== 'text' && c.type !== 'code_inline');
  expect(bad.map((c) => `${c.type}:${c.content}`)).toEqual([]);
  for (const c of children) if (c.type === 'text') expect(c.content).not.toMatch(GITHUB_AUTOLINK);
}

/** Checks one untrusted string through every helper. */
function checkHelpers(s: string): void {
  const want = shown(s);
  // text(): a paragraph of exactly the text, and the same in a table cell.
  expectInertText(paragraphChildren(text(s)), want);
  expectInertText(cellChildren(text(s)), want);
  // code(): one code span holding the text (pipes escaped for GitHub's tables), or nothing.
  const span = paragraphChildren(code(s));
  if (want !== '') {
    expect(span.map((c) => c.type)).toEqual(['code_inline']);
    const inCell = cellChildren(code(s));
    expect(inCell.map((c) => c.type)).toEqual(['code_inline']);
    expect(inCell[0]?.content).toBe(want);
    expect(span[0]?.content).toBe(want.replace(/\|/g, '\\|'));
  }
  // rich(): text and code spans only.
  expectNoMarkup(paragraphChildren(rich(s)));
  expectNoMarkup(cellChildren(rich(s)));
  // link(): a hostile label is text; the target is the URL given, or there is no link at all.
  const linked = paragraphChildren(link(s, s));
  const opened = linked.filter((c) => c.type === 'link_open');
  if (opened.length) {
    expect(linked.map((c) => c.type)).toEqual(['link_open', 'text', 'link_close']);
    expect(opened[0]?.attrGet('href')).toBe(s);
    expect(s).toMatch(/^https?:\/\/[\x21-\x7e]+$/);
  } else expectNoMarkup(linked);
  // details(): the summary line is an HTML block on GitHub (no Markdown inside): it holds no tag of the text.
  const d = details(text(s), 'body');
  const summaryLine = d.split('\n')[0] ?? '';
  expect(summaryLine.replace(/^<details><summary>/, '').replace(/<\/summary>$/, '')).not.toMatch(/[<>\r\n]/);
  // Our renderer (report.html): nothing but paragraph markup and text.
  expect(renderMarkdown(text(s))).not.toMatch(/<(?!\/?p>)/);
  expect(renderMarkdown(code(s))).not.toMatch(/<(?!\/?p>|\/?code>)/);
}

const RUNS = { numRuns: 200 };

/** Strings rich in the characters that matter to Markdown, HTML and autolinks. */
const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        '\r',
        '\n',
        '\r\n',
        '\u2028',
        '\u2029',
        '\t',
        '\u0000',
        '\u001b',
        '\u007f',
        ' ',
        '  ',
        '    ',
        '#',
        '## ',
        '<details>',
        '</details>',
        '<summary>',
        '<script>',
        '<br>',
        '<b>',
        '<!--',
        '-->',
        '`',
        '``',
        '```',
        '|',
        '\\',
        '\\|',
        '*',
        '_',
        '~~',
        '[',
        ']',
        '(',
        ')',
        '!',
        '&',
        '&lt;',
        '&#60;',
        '@',
        'user',
        '@octocat',
        'a@b.co',
        'www.',
        'evil.example',
        'http://',
        'https://x.io/p',
        'mailto:',
        ':',
        '.',
        '-',
        '1.',
        '>',
        '=',
        'x',
        '✅',
      ),
      { maxLength: 24 },
    )
    .map((parts) => parts.join('')),
);

describe('Markdown helpers keep untrusted text inert (markdown-it, GFM + linkify)', () => {
  it('for arbitrary strings', () => {
    fc.assert(fc.property(hostileString, checkHelpers), RUNS);
    record({
      suite: 'property',
      category: 'report Markdown',
      name: 'untrusted strings through text/code/rich/link/table/details and markdown-it',
      outcome: 'ok',
      writesOutsideTemp: 0,
      runs: RUNS.numRuns,
    });
  });

  let parent: string;
  beforeAll(() => {
    parent = mkdtempSync(path.join(os.tmpdir(), 'gcc-hostile-md-'));
  });
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  it.each(ATTACKS.map((a) => [a.name, a.value] as const))('%s', async (name, value) => {
    await hostileCase(parent, 'report Markdown', name, () => checkHelpers(value));
  });
});

describe('report.html emits only markup it generated', () => {
  const ALLOWED =
    /^<\/?(p|h[1-6]|table|thead|tbody|tr|ul|li|blockquote|summary|code|strong|em|br|sub|sup|b|i)>$|^<details( open)?>$|^<\/details>$|^<t[hd]( align="(left|right|center)")?>$|^<\/t[hd]>$|^<a href="https?:\/\/[^"\s<>]+">$|^<\/a>$/;

  function tags(html: string): string[] {
    return html.match(/<[^>]*>?/g) ?? [];
  }

  it('raw lines that merely start like our <details> are shown as text', () => {
    const html = renderMarkdown(
      '<details><script>alert(1)</script>\n\n<details open><img src=x onerror=alert(1)>',
    );
    expect(html).not.toMatch(/<script|<img/);
  });

  it('for arbitrary Markdown', () => {
    fc.assert(
      fc.property(hostileString, hostileString, (a, b) => {
        for (const t of tags(renderMarkdown(`${a}\n${b}`))) expect(t).toMatch(ALLOWED);
      }),
      RUNS,
    );
  });
});

describe('the comment and the summary with hostile findings', () => {
  const hostile = ATTACKS.map((a) => a.value).join(' ');
  function hostileFinding(i: number): Finding {
    return {
      code: `GC10${i}`,
      severity: 'error',
      title: `title ${hostile}`,
      message: `message ${hostile}`,
      stage: `lint ${hostile}`,
      file: `Dockerfile${hostile}`,
      line: 3,
      fix: `fix ${hostile}`,
      docsUrl: 'https://example.test/rules/GC101',
    };
  }
  function structure(markdown: string): string[] {
    return md
      .parse(markdown, {})
      .filter((t) => t.type !== 'inline' && t.type !== 'text')
      .map((t) => (t.type === 'html_block' ? `html_block:${t.content.trim()}` : t.type));
  }
  function inlineMarkup(markdown: string): string[] {
    return md
      .parse(markdown, {})
      .flatMap((t) => t.children ?? [])
      .filter((c) => c.type !== 'text' && c.type !== 'code_inline' && c.type !== 'softbreak')
      .map((c) =>
        c.type === 'html_inline' ? c.content : c.type === 'link_open' ? `a:${c.attrGet('href')}` : c.type,
      );
  }

  it('have the structure of the same report with tame text', async () => {
    const ctx = await fixtureContext();
    const tame = await fixtureContext();
    ctx.findings.splice(0, ctx.findings.length, hostileFinding(1), hostileFinding(2));
    tame.findings.splice(
      0,
      tame.findings.length,
      ...[1, 2].map((i) => ({
        ...hostileFinding(i),
        title: 't',
        message: 'm',
        stage: 'lint',
        file: 'Dockerfile',
        fix: 'f',
      })),
    );
    const verdict = { ok: false, reason: `failed: ${hostile}` } as const;
    const tameVerdict = { ok: false, reason: 'failed' } as const;
    const input = (v: typeof verdict | typeof tameVerdict) => ({
      marker: commentMarker('ghcr.io/acme/api'),
      image: 'ghcr.io/acme/api',
      verdict: v as never,
      runUrl: 'https://github.example/run/1',
    });
    const hostileComment = renderComment(ctx, input(verdict));
    const tameComment = renderComment(tame, input(tameVerdict));
    expect(structure(hostileComment)).toEqual(structure(tameComment));
    expect(inlineMarkup(hostileComment)).toEqual(inlineMarkup(tameComment));
    const hostileSummary = renderSummary(ctx, verdict as never);
    const tameSummary = renderSummary(tame, tameVerdict as never);
    expect(structure(hostileSummary)).toEqual(structure(tameSummary));
    expect(inlineMarkup(hostileSummary)).toEqual(inlineMarkup(tameSummary));
    const page = renderHtmlPage(hostileSummary);
    expect(page).not.toMatch(/<script|<img/i);
  });
});
