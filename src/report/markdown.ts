/**
 * Small Markdown helpers. Text that comes from the world (messages, file names, tool output) goes through
 * `text` or `code`, so it cannot open HTML, links, emphasis or mentions; the helpers that build structure
 * (`table`, `details`) take Markdown that is already safe.
 */

/** Every line ending CommonMark, JavaScript or a browser knows. */
const LINE_ENDING = /\r\n|\r|\n|\u2028|\u2029/g;

/**
 * Untrusted text on one line: every line ending and tab becomes a space, every other C0 control (and DEL)
 * its visible control picture (U+2400 + code), so nothing can end the line, the table row or the block it
 * stands in.
 */
export function oneLine(s: string): string {
  return (
    s
      .replace(LINE_ENDING, ' ')
      .replace(/\t/g, ' ')
      // eslint-disable-next-line no-control-regex -- replacing control characters is the point
      .replace(/[\u0000-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
      .replace(/\u007f/g, '\u2421')
  );
}

/** A zero-width space, as an entity: invisible, but it breaks what GitHub would turn into a link or a mention. */
const ZWSP = '&#8203;';

/**
 * Plain text made inert in GitHub Markdown, on one line, anywhere but at the start of a line: no HTML, no
 * link or autolink (scheme URLs, www., e-mail addresses), no emphasis, no mention.
 */
function inlineText(s: string): string {
  return (
    oneLine(s)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]|~])/g, '\\$1')
      // Mentions (@name) and e-mail addresses (a@b.c): the @ is kept apart from both sides.
      .replace(/@(?=[A-Za-z0-9])/g, `${ZWSP}@${ZWSP}`)
      // Scheme URLs (http://, ftp://, …) and www. autolinks.
      .replace(/:(?=\/\/)/g, `:${ZWSP}`)
      .replace(/(www)\./gi, `$1${ZWSP}.`)
  );
}

/** Markdown that starts a line, made unable to open a block: headings, lists, breaks, indented code. */
function atLineStart(md: string): string {
  return md
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^ +/, (sp) => '&#32;'.repeat(sp.length));
}

/**
 * Plain text made inert in GitHub Markdown, on one line (a paragraph, a table cell, a list item or a
 * heading): no HTML, no link or autolink, no emphasis, no mention, no block marker at its start.
 */
export function text(s: string): string {
  return atLineStart(inlineText(s));
}

/**
 * An inline code span with a fence longer than any backtick run inside. Its content is shown literally by
 * any CommonMark renderer; it is on one line (line endings and controls as in `oneLine`) so that neither
 * GitHub nor report.html can split it and see HTML in what is left. Pipes are escaped, which GitHub's
 * table parser requires even inside code spans.
 */
export function code(s: string): string {
  if (s === '') return '';
  const body = oneLine(s).replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  // Renderers strip one space on each side when both are there: pad so that content survives.
  const pad =
    body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ') && body.trim())
      ? ' '
      : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Text whose `backtick spans` are code (as the rule catalogue writes fixes and titles, and as messages quote
 * commands); everything else is plain text. Safe for any input: an unpaired backtick stays a backtick.
 */
export function rich(s: string): string {
  const parts = oneLine(s).split(/(`[^`]+`)/);
  return atLineStart(
    parts
      .map((p) =>
        p.length > 2 && p.startsWith('`') && p.endsWith('`') ? code(p.slice(1, -1)) : inlineText(p),
      )
      .join(''),
  );
}

/** A link whose label is plain text; only http(s) URLs of printable ASCII (no brackets, quotes, spaces, pipes or backslashes) become links. */
export function link(label: string, url: string): string {
  if (!/^https?:\/\/[!#-'*-;=?-Z_a-z~]+$/.test(url)) return text(label);
  // CommonMark decodes entities in a link destination: an & stays an & only written as &amp;.
  return `[${text(label)}](${url.replace(/&/g, '&amp;')})`;
}

/** A table of Markdown cells (already escaped with `text`/`code`). Newlines inside cells become <br>. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: string,
): string {
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c) => c.replace(/\r?\n/g, '<br>')).join(' | ')} |`;
  const sep = align ?? header.map(() => '---').join('|');
  return [line(header), `|${sep}|`, ...rows.map(line)].join('\n');
}

/** A collapsed block; `summary` is Markdown-safe inline text. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round((ms % 60_000) / 1000);
  return `${Math.floor(ms / 60_000)} min${s ? ` ${s} s` : ''}`;
}

/** 1536 → "1.5 KiB". */
export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = Math.abs(n);
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const num = u === 0 ? String(v) : v >= 100 ? v.toFixed(0) : v.toFixed(1);
  return `${n < 0 ? '-' : ''}${num} ${units[u]}`;
}

/** "+1.5 KiB", "-3", "±0". */
export function signed(n: number, format: (n: number) => string = String): string {
  if (n === 0) return '±0';
  return n > 0 ? `+${format(n)}` : `-${format(-n)}`;
}

/** "1 error", "2 warnings". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** Cuts Markdown at a line boundary so that it is at most `maxBytes` UTF-8 bytes with the note appended,
 * closing any <details> left open. Returns the text unchanged when it fits. */
export function truncateMarkdown(md: string, maxBytes: number, note: string): string {
  if (Buffer.byteLength(md) <= maxBytes) return md;
  const tail = (open: number) => `${'\n\n</details>'.repeat(open)}\n\n> ${note}\n`;
  const lines = md.split('\n');
  let used = 0;
  let open = 0;
  const kept: string[] = [];
  // Reserve room for the note and for closing every <details> that could be open.
  const budget = (o: number) => maxBytes - Buffer.byteLength(tail(o));
  for (const line of lines) {
    const size = Buffer.byteLength(line) + 1;
    const opens = (line.match(/<details[\s>]/g) ?? []).length;
    const closes = (line.match(/<\/details>/g) ?? []).length;
    const nextOpen = Math.max(0, open + opens - closes);
    if (used + size > budget(nextOpen)) break;
    kept.push(line);
    used += size;
    open = nextOpen;
  }
  return `${kept.join('\n')}${tail(open)}`;
}
