/**
 * A small Markdown-to-HTML renderer for the Markdown our reports write (the GitHub-flavoured subset in
 * markdown.ts: headings, paragraphs, pipe tables, lists, block quotes, <details>, code spans, links,
 * emphasis), for report.html and the summary screenshot. Anything else is shown as text: raw HTML is kept
 * only for a short list of tags, and link targets must be http(s). Pure; never throws.
 */

/** The block lines markdown.ts writes, exactly; any other line that looks like HTML is text. */
const BLOCK_LINE = /^(<details(?: open)?>|<\/details>|<summary>|<\/summary>)$/;
const DETAILS_WITH_SUMMARY = /^<details( open)?><summary>(.*)<\/summary>$/;
const INLINE_TAGS = /^<(\/?)(br|sub|sup|b|i|em|strong|code|summary|details)( open)?\s*\/?>/i;
const ENTITY = /^&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const PUNCT = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function safeUrl(url: string): string | undefined {
  return /^https?:\/\/[^\s"<>]+$/.test(url) ? url : undefined;
}

/** Inline Markdown to HTML. */
export function renderInline(src: string): string {
  let out = '';
  const stack: string[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    const rest = src.slice(i);
    if (ch === '\\' && i + 1 < src.length && PUNCT.test(src[i + 1] as string)) {
      out += escapeHtml(src[i + 1] as string);
      i += 2;
      continue;
    }
    if (ch === '`') {
      const run = /^`+/.exec(rest)?.[0] ?? '`';
      const close = src.indexOf(run, i + run.length);
      // The closing run must be exactly as long.
      let end = close;
      while (end >= 0 && src[end + run.length] === '`') end = src.indexOf(run, end + run.length + 1);
      if (end >= 0) {
        let body = src.slice(i + run.length, end);
        if (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') body = body.slice(1, -1);
        out += `<code>${escapeHtml(body)}</code>`;
        i = end + run.length;
        continue;
      }
      out += escapeHtml(run);
      i += run.length;
      continue;
    }
    if (ch === '[') {
      const m = /^\[((?:\\.|[^\]\\])*)\]\(([^()\s]*)\)/.exec(rest);
      if (m) {
        const url = safeUrl((m[2] ?? '').replace(/&amp;/g, '&'));
        const label = renderInline(m[1] ?? '');
        out += url ? `<a href="${escapeHtml(url)}">${label}</a>` : label;
        i += m[0].length;
        continue;
      }
    }
    if (ch === '*' || ch === '_') {
      const double = src[i + 1] === ch;
      const tag = double ? 'strong' : 'em';
      const marker = double ? ch + ch : ch;
      if (stack[stack.length - 1] === marker) {
        stack.pop();
        out += `</${tag}>`;
        i += marker.length;
        continue;
      }
      // Opens only when a closing marker follows on the same text and the next char is not a space.
      if (ch === '*' && src[i + marker.length] !== ' ' && src.indexOf(marker, i + marker.length + 1) > 0) {
        stack.push(marker);
        out += `<${tag}>`;
        i += marker.length;
        continue;
      }
      out += escapeHtml(marker);
      i += marker.length;
      continue;
    }
    if (ch === '<') {
      const m = INLINE_TAGS.exec(rest);
      if (m) {
        out += `<${m[1]}${(m[2] ?? '').toLowerCase()}${m[3] ?? ''}>`;
        i += m[0].length;
        continue;
      }
    }
    if (ch === '&') {
      const m = ENTITY.exec(rest);
      if (m) {
        out += m[0];
        i += m[0].length;
        continue;
      }
    }
    out += escapeHtml(ch);
    i++;
  }
  while (stack.length) out += `</${stack.pop() === '**' ? 'strong' : 'em'}>`;
  return out;
}

/** Splits a table row on unescaped pipes; `\|` becomes `|` inside cells (as GitHub does). */
export function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\' && s[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
}

const SEPARATOR = /^\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;

function alignments(line: string): string[] {
  return splitRow(line).map((c) =>
    c.startsWith(':') && c.endsWith(':')
      ? 'center'
      : c.endsWith(':')
        ? 'right'
        : c.startsWith(':')
          ? 'left'
          : '',
  );
}

/** Markdown to an HTML fragment. */
export function renderMarkdown(md: string): string {
  const lines = md.split(/\r\n|\r|\n|\u2028|\u2029/);
  const out: string[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push(`<p>${para.map(renderInline).join('\n')}</p>`);
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    // An HTML comment on its own line (the PR comment's marker) is hidden, as on GitHub.
    if (/^<!--(?:(?!-->).)*-->$/.test(trimmed)) {
      flush();
      continue;
    }
    const block = BLOCK_LINE.exec(trimmed);
    if (block) {
      flush();
      out.push(block[1] as string);
      continue;
    }
    // <details><summary>inline</summary> on one line.
    const withSummary = DETAILS_WITH_SUMMARY.exec(trimmed);
    if (withSummary) {
      flush();
      out.push(`<details${withSummary[1] ?? ''}><summary>${renderInline(withSummary[2] ?? '')}</summary>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(trimmed);
    if (heading) {
      flush();
      const level = (heading[1] ?? '#').length;
      out.push(`<h${level}>${renderInline(heading[2] ?? '')}</h${level}>`);
      continue;
    }
    const next = lines[i + 1];
    if (trimmed.startsWith('|') && next !== undefined && SEPARATOR.test(next.trim())) {
      flush();
      const header = splitRow(trimmed);
      const align = alignments(next);
      const cell = (tag: string, text: string, col: number) =>
        `<${tag}${align[col] ? ` align="${align[col]}"` : ''}>${renderInline(text)}</${tag}>`;
      const rows: string[] = [];
      i += 2;
      while (i < lines.length && (lines[i] as string).trim().startsWith('|')) {
        const cells = splitRow(lines[i] as string);
        rows.push(`<tr>${header.map((_, c) => cell('td', cells[c] ?? '', c)).join('')}</tr>`);
        i++;
      }
      i--;
      out.push(
        `<table><thead><tr>${header.map((h, c) => cell('th', h, c)).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
      );
      continue;
    }
    if (/^[-*]\s+/.test(trimmed)) {
      flush();
      const items: string[] = [];
      while (i < lines.length && /^[-*]\s+/.test((lines[i] as string).trim())) {
        items.push(`<li>${renderInline((lines[i] as string).trim().replace(/^[-*]\s+/, ''))}</li>`);
        i++;
      }
      i--;
      out.push(`<ul>${items.join('')}</ul>`);
      continue;
    }
    if (trimmed.startsWith('>')) {
      flush();
      const quoted: string[] = [];
      while (i < lines.length && (lines[i] as string).trim().startsWith('>')) {
        quoted.push((lines[i] as string).trim().replace(/^>\s?/, ''));
        i++;
      }
      i--;
      out.push(`<blockquote>${renderMarkdown(quoted.join('\n'))}</blockquote>`);
      continue;
    }
    para.push(trimmed);
  }
  flush();
  return out.join('\n');
}

/** Close to GitHub's rendering of a job summary, so report.html and the screenshot read the same. */
export const REPORT_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f8fa; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Noto Color Emoji"; color: #1f2328; }
main { max-width: 1012px; margin: 24px auto; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; padding: 16px 32px 24px; }
h2 { font-size: 1.5em; font-weight: 600; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0; margin: 16px 0 16px; }
h3 { font-size: 1.25em; font-weight: 600; margin: 24px 0 12px; }
h4 { font-size: 1em; font-weight: 600; margin: 20px 0 8px; }
p, blockquote, ul, table, details { margin: 0 0 16px; }
a { color: #0969da; text-decoration: none; }
code { font: 85% ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; background: rgba(129,139,152,.12); padding: .2em .4em; border-radius: 6px; white-space: break-spaces; }
table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { padding: 6px 13px; border: 1px solid #d1d9e0; vertical-align: top; }
th { font-weight: 600; background: #f6f8fa; }
tr:nth-child(2n) td { background: #f6f8fa; }
blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
details summary { cursor: pointer; font-weight: 500; }
details[open] > summary { margin-bottom: 8px; }
sub { color: #59636e; font-size: 85%; }
`;

/** A standalone HTML page. */
export function renderHtmlPage(md: string, title = 'go-container-ci report'): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${REPORT_CSS}</style></head>
<body><main>
${renderMarkdown(md)}
</main></body></html>
`;
}
