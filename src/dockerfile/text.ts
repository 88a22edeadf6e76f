/**
 * Positions and "logical text": the characters an instruction really contributes once Dockerfile line
 * continuations and the comment lines inside them are removed, each character remembering where it came
 * from in the file, so a finding on a shell word points at the exact line and column.
 */

/** 1-based line and column, as findings, editors and SARIF count them. */
export interface Pos {
  readonly line: number;
  readonly column: number;
}

export interface Span {
  readonly start: Pos;
  readonly end: Pos;
}

/** A 0-based position, as dockerfile-ast (LSP) counts. */
export interface LspPos {
  readonly line: number;
  readonly character: number;
}

export interface LspRange {
  readonly start: LspPos;
  readonly end: LspPos;
}

function toPos(p: LspPos): Pos {
  return { line: p.line + 1, column: p.character + 1 };
}

export function toSpan(r: LspRange): Span {
  return { start: toPos(r.start), end: toPos(r.end) };
}

/** Text with a per-character origin (0-based line and character in the file). */
export class LogicalText {
  constructor(
    readonly text: string,
    private readonly lines: readonly number[],
    private readonly chars: readonly number[],
    private readonly endPos: LspPos,
  ) {}

  static plain(text: string, at: LspPos = { line: 0, character: 0 }): LogicalText {
    const lines: number[] = [];
    const chars: number[] = [];
    let line = at.line;
    let ch = at.character;
    for (const c of text) {
      for (let k = 0; k < c.length; k++) {
        lines.push(line);
        chars.push(ch + k);
      }
      if (c === '\n') {
        line++;
        ch = 0;
      } else ch += c.length;
    }
    return new LogicalText(text, lines, chars, { line, character: ch });
  }

  /** 1-based position of the character at index i (the end position when i is past the end). */
  pos(i: number): Pos {
    if (i < this.text.length && i >= 0) {
      return { line: (this.lines[i] ?? 0) + 1, column: (this.chars[i] ?? 0) + 1 };
    }
    if (i > 0 && i - 1 < this.text.length) {
      // One past the last character: right after it.
      return { line: (this.lines[i - 1] ?? 0) + 1, column: (this.chars[i - 1] ?? 0) + 2 };
    }
    return toPos(this.endPos);
  }

  span(start: number, end: number): Span {
    return { start: this.pos(start), end: end > start ? this.pos(end) : this.pos(start) };
  }
}

function isBlank(s: string): boolean {
  return s.trim() === '';
}

function isCommentLine(s: string): boolean {
  return /^[ \t]*#/.test(s);
}

/**
 * The logical text of docLines from `start` up to `end` (exclusive), joining Dockerfile line continuations
 * (escape character then only whitespace to the end of the line) and dropping the comment and blank lines
 * that BuildKit drops inside a continued instruction. With `firstLogicalLine`, stops at the first newline
 * that is not continued (the command line of a RUN with heredocs).
 */
export function logicalText(
  docLines: readonly string[],
  start: LspPos,
  end: LspPos,
  escape: string,
  firstLogicalLine = false,
): LogicalText {
  let text = '';
  const lines: number[] = [];
  const chars: number[] = [];
  let last: LspPos = start;
  let line = start.line;
  let ch = start.character;
  outer: while (line < docLines.length && (line < end.line || (line === end.line && ch < end.character))) {
    const content = docLines[line] ?? '';
    const stop = line === end.line ? Math.min(end.character, content.length) : content.length;
    let lastNonBlank = content.length - 1;
    while (lastNonBlank >= 0 && ' \t\r'.includes(content[lastNonBlank] as string)) lastNonBlank--;
    while (ch < stop) {
      const c = content[ch] as string;
      if (c === escape && ch === lastNonBlank) {
        // Continuation: skip to the next line that is neither blank nor a comment.
        line++;
        while (
          line < docLines.length &&
          line < end.line &&
          (isBlank(docLines[line] ?? '') || isCommentLine(docLines[line] ?? ''))
        ) {
          line++;
        }
        ch = 0;
        continue outer;
      }
      if (c !== '\r') {
        text += c;
        lines.push(line);
        chars.push(ch);
        last = { line, character: ch + 1 };
      }
      ch++;
    }
    if (line >= end.line || firstLogicalLine) break;
    text += '\n';
    lines.push(line);
    chars.push(content.length);
    line++;
    ch = 0;
  }
  return new LogicalText(text, lines, chars, last);
}
