/**
 * Small Markdown helpers. Text that comes from the world (messages, file names, tool output) goes through
 * `text` or `code`, so it cannot open HTML, links, emphasis or mentions; the helpers that build structure
 * (`table`, `details`) take Markdown that is already safe.
 */

/** Plain text made inert in GitHub Markdown, on one line (a table cell or a list item). */
export function text(s: string): string {
  return (
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]|~])/g, '\\$1')
      // A mention is @name after a space or punctuation (not in user@host or image@sha256).
      .replace(/(^|[^A-Za-z0-9_.:/@-])@(?=[A-Za-z0-9])/g, '$1@&#8203;')
      .replace(/\r?\n/g, '<br>')
  );
}

/**
 * An inline code span with a fence longer than any backtick run inside. Pipes are escaped, which GitHub's
 * table parser requires even inside code spans (and which is harmless outside tables).
 */
export function code(s: string): string {
  if (s === '') return '';
  const body = s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
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
  const parts = s.split(/(`[^`\n]+`)/);
  return parts
    .map((p) => (p.length > 2 && p.startsWith('`') && p.endsWith('`') ? code(p.slice(1, -1)) : text(p)))
    .join('');
}

/** A link whose label is plain text; only http(s) URLs become links. */
export function link(label: string, url: string): string {
  if (!/^https?:\/\/[^\s()<>]+$/.test(url)) return text(label);
  return `[${text(label)}](${url})`;
}

/** Kept for callers that pass plain text cells. */
export function escapeCell(s: string): string {
  return text(s);
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
