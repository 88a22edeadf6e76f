/** Markdown helpers and our Markdown renderer: escaping holds for any text, truncation keeps the limit. */
import fc from 'fast-check';
import {
  code,
  formatBytes,
  formatDuration,
  oneLine as oneLineText,
  rich,
  signed,
  text,
  truncateMarkdown,
} from '../../../src/report/markdown.js';
import { escapeHtml, renderInline, renderMarkdown, splitRow } from '../../../src/report/html.js';

const oneLine = fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[\r\n]/g, ' '));
const ALLOWED_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'ul',
  'li',
  'blockquote',
  'details',
  'summary',
  'code',
  'a',
  'strong',
  'em',
  'br',
  'sub',
  'sup',
  'b',
  'i',
]);

describe('text and code', () => {
  it('text() renders back to exactly the text: no HTML, links, emphasis or mentions survive', () => {
    fc.assert(
      fc.property(oneLine, (s) => {
        expect(
          renderInline(text(s))
            .replace(/&#8203;/g, '')
            .replace(/&#32;/g, ' '),
        ).toBe(escapeHtml(oneLineText(s)));
      }),
      { numRuns: 500 },
    );
    expect(text('@octocat [x](javascript:alert(1)) <img src=x> *b* a|b')).toBe(
      '&#8203;@&#8203;octocat \\[x\\](javascript:alert(1)) &lt;img src=x&gt; \\*b\\* a\\|b',
    );
  });

  it('code() is a code span holding exactly the text, also inside a table cell', () => {
    fc.assert(
      fc.property(
        oneLine.filter((s) => s !== ''),
        (s) => {
          const cells = splitRow(`| ${code(s)} | x |`);
          expect(cells).toHaveLength(2);
          expect(renderInline(cells[0] as string)).toBe(`<code>${escapeHtml(oneLineText(s))}</code>`);
        },
      ),
      { numRuns: 500 },
    );
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x`')).toBe('`` `x` ``');
  });

  it('rich() makes backtick spans code and the rest plain text', () => {
    expect(renderInline(rich('Use `ENTRYPOINT ["/app"]` not <b>'))).toBe(
      'Use <code>ENTRYPOINT [&quot;/app&quot;]</code> not &lt;b&gt;',
    );
    fc.assert(
      fc.property(oneLine, (s) => {
        const html = renderInline(rich(s));
        for (const m of html.matchAll(/<\/?([a-z]+)/g)) expect(m[1]).toBe('code');
      }),
    );
  });
});

describe('renderMarkdown', () => {
  it('renders our structures', () => {
    const html = renderMarkdown(
      [
        '## ✅ passed',
        '',
        '| a | b |',
        '|---|--:|',
        '| `x\\|y` | [l](https://e.com) |',
        '',
        '<details open><summary>More \\*stuff\\*</summary>',
        '',
        '- **one:** 1',
        '- two',
        '',
        '</details>',
        '',
        '> note',
      ].join('\n'),
    );
    expect(html).toBe(
      [
        '<h2>✅ passed</h2>',
        '<table><thead><tr><th>a</th><th align="right">b</th></tr></thead><tbody><tr><td><code>x|y</code></td><td align="right"><a href="https://e.com">l</a></td></tr></tbody></table>',
        '<details open><summary>More *stuff*</summary>',
        '<ul><li><strong>one:</strong> 1</li><li>two</li></ul>',
        '</details>',
        '<blockquote><p>note</p></blockquote>',
      ].join('\n'),
    );
  });

  it('hides an HTML comment line, as GitHub does', () => {
    expect(renderMarkdown('<!-- go-container-ci:x -->\n\n# t')).toBe('<h1>t</h1>');
    expect(renderMarkdown('<!-- a --> <b>')).toBe('<p>&lt;!-- a --&gt; <b></p>');
  });

  it('never throws and lets no other tag or attribute through, whatever the input', () => {
    const md = fc.array(
      fc.oneof(
        fc.string(),
        fc.constantFrom(
          '<script>alert(1)</script>',
          '<img src=x onerror=y>',
          '[a](javascript:x)',
          '| a |',
          '|---|',
          '<details>',
          '</details>',
          '`',
          '**',
          '> q',
          '- l',
          '# h',
          '<a href="x">',
          '&lt;',
          '&#x3c;',
        ),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(md, (parts) => {
        const html = renderMarkdown(parts.join('\n'));
        for (const m of html.matchAll(/<\/?([A-Za-z][A-Za-z0-9]*)([^>]*)>/g)) {
          expect(ALLOWED_TAGS.has((m[1] as string).toLowerCase())).toBe(true);
          const attrs = (m[2] as string).trim();
          if (attrs)
            expect(attrs).toMatch(/^(open|align="(left|right|center)"|href="https?:\/\/[^"<>\s]+")$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('truncateMarkdown', () => {
  it('keeps text that fits', () => {
    expect(truncateMarkdown('abc\n', 10, 'cut')).toBe('abc\n');
  });

  it('cuts at a line, closes open <details>, appends the note, and stays within the limit', () => {
    const md = [
      '# t',
      '<details><summary>x</summary>',
      '',
      ...Array.from({ length: 200 }, (_, i) => `| row ${i} |`),
      '</details>',
    ].join('\n');
    const out = truncateMarkdown(md, 1000, 'Truncated.');
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(1000);
    expect(out).toMatch(/\| row \d+ \|\n\n<\/details>\n\n> Truncated\.\n$/);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constant('<details>'), fc.constant('</details>'))),
        fc.integer({ min: 200, max: 3000 }),
        (lines, max) => {
          const result = truncateMarkdown(lines.join('\n'), max, 'Truncated.');
          expect(Buffer.byteLength(result)).toBeLessThanOrEqual(
            Math.max(max, Buffer.byteLength(lines.join('\n'))),
          );
          if (Buffer.byteLength(lines.join('\n')) > max) {
            // Every <details> opened in what is kept is closed again.
            let depth = 0;
            for (const line of result.split('\n'))
              depth = Math.max(
                0,
                depth +
                  (line.match(/<details[\s>]/g) ?? []).length -
                  (line.match(/<\/details>/g) ?? []).length,
              );
            expect(depth).toBe(0);
            expect(result.endsWith('> Truncated.\n')).toBe(true);
          }
        },
      ),
    );
  });
});

describe('numbers', () => {
  it('formats durations, sizes and signed deltas', () => {
    expect([
      formatDuration(12),
      formatDuration(1500),
      formatDuration(61_000),
      formatDuration(120_000),
    ]).toEqual(['12 ms', '1.5 s', '1 min 1 s', '2 min']);
    expect([formatBytes(512), formatBytes(1536), formatBytes(412_316_860), formatBytes(-2048)]).toEqual([
      '512 B',
      '1.5 KiB',
      '393 MiB',
      '-2.0 KiB',
    ]);
    expect([signed(0), signed(3), signed(-2048, formatBytes)]).toEqual(['±0', '+3', '-2.0 KiB']);
  });
});
