/**
 * A small POSIX-shell word splitter for RUN, CMD/ENTRYPOINT (shell form) and HEALTHCHECK text: enough to
 * see the simple commands (`go build ...`, `export X=1`, `apk add ...`) with their leading assignments,
 * words, redirections and the operators between them, each word keeping its position. It is not a shell:
 * expansions are kept as written (`$(date)`, `${X:-y}`), and control keywords (`if`, `then`, `do`...) are
 * treated as separators. Linear in the input and never throws.
 */
import { LogicalText } from './text.js';

export interface VarRef {
  readonly name: string;
  /** Indices in the logical text (the `$` and one past the end). */
  readonly start: number;
  readonly end: number;
}

export interface Word {
  /** The word after quote removal; expansions (`$X`, `$(...)`, backticks) are kept as written. */
  readonly value: string;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** Variables referenced outside single quotes (including inside `$(...)`). */
  readonly vars: readonly VarRef[];
  /** Contains a command substitution: `$(...)` or backticks. */
  readonly substitution: boolean;
}

export interface Redirect {
  readonly op: string;
  readonly target?: Word;
}

export type Connector = '' | '&&' | '||' | ';' | '|' | '&' | '\n';

export interface ShellCommand {
  /** Leading NAME=value words. */
  readonly assignments: readonly Word[];
  /** argv: the program first. Empty for a command that is only assignments. */
  readonly words: readonly Word[];
  readonly redirects: readonly Redirect[];
  /** The operator that joins this command to the previous one. */
  readonly connector: Connector;
}

export interface ShellScript {
  readonly source: LogicalText;
  readonly commands: readonly ShellCommand[];
}

const OPERATOR_CHARS = new Set([';', '&', '|', '(', ')', '<', '>', '\n']);
const SPACE = new Set([' ', '\t', '\r']);
/** Words that start or continue a compound command: the next word begins a simple command. */
const PREFIX_KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
/** Words that close a compound command. */
const CLOSE_KEYWORDS = new Set(['fi', 'done', 'esac', '}']);

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;

interface Mutable {
  assignments: Word[];
  words: Word[];
  redirects: Redirect[];
  connector: Connector;
}

interface PendingHeredoc {
  readonly delim: string;
  readonly stripTabs: boolean;
}

/** Skips the heredoc bodies that start at i (just past a newline); returns where the script goes on. */
function skipHeredocBodies(s: string, start: number, pending: PendingHeredoc[]): number {
  const n = s.length;
  let i = start;
  while (pending.length > 0 && i < n) {
    const h = pending.shift() as PendingHeredoc;
    while (i < n) {
      let eol = s.indexOf('\n', i);
      if (eol < 0) eol = n;
      let line = s.slice(i, eol);
      if (h.stripTabs) line = line.replace(/^\t+/, '');
      i = eol + 1;
      if (line.replace(/\r$/, '') === h.delim) break;
    }
  }
  pending.length = 0;
  return i;
}

/** A redirection at i with an optional file descriptor number (2>&1, >>file, <<EOF, &>file), or undefined. */
function readRedirect(
  src: LogicalText,
  start: number,
): { redirect: Redirect; heredoc?: PendingHeredoc; end: number } | undefined {
  const s = src.text;
  const n = s.length;
  const head = s.slice(start, start + 8);
  const redir = /^(\d*)(>>|>&|>\||>|<<<|<<-|<<|<&|<>|<)|^&>>?/.exec(head);
  if (!redir || !(redir[1] === undefined || redir[1] === '' || /^\d+[<>]/.test(head))) return undefined;
  const op = redir[0];
  let i = start + op.length;
  while (i < n && (s[i] === ' ' || s[i] === '\t')) i++;
  let target: Word | undefined;
  if (i < n && !OPERATOR_CHARS.has(s[i] as string)) {
    target = readWord(src, i);
    i = target.end;
  } else if (op.endsWith('&') && i < n && s[i] === '-') {
    i++;
  }
  const heredoc =
    (op === '<<' || op === '<<-') && target ? { delim: target.value, stripTabs: op === '<<-' } : undefined;
  return { redirect: target ? { op, target } : { op }, ...(heredoc ? { heredoc } : {}), end: i };
}

/** A control operator at i: the connector it ends the command with and its length, or undefined. */
function controlOperator(s: string, i: number): { connector: Connector; length: number } | undefined {
  const c = s[i];
  const next = s[i + 1];
  if (c === '&' && next === '&') return { connector: '&&', length: 2 };
  if (c === '|' && next === '|') return { connector: '||', length: 2 };
  if (c === ';') return { connector: ';', length: next === ';' ? 2 : 1 };
  if (c === '|') return { connector: '|', length: next === '&' ? 2 : 1 };
  if (c === '&') return { connector: '&', length: 1 };
  if (c === '(' || c === ')') return { connector: ';', length: 1 };
  return undefined;
}

/** The commands of a script being split, and the connector the next one gets. */
class CommandList {
  readonly commands: ShellCommand[] = [];
  cur: Mutable = { assignments: [], words: [], redirects: [], connector: '' };
  private pendingConnector: Connector = '';

  /** Ends the current command (an empty one only passes its operator on). */
  flush(next: Connector): void {
    const cur = this.cur;
    if (cur.words.length > 0 || cur.assignments.length > 0 || cur.redirects.length > 0) {
      this.commands.push(cur);
      this.pendingConnector = next;
    } else if (next === '&&' || next === '||' || next === '|') {
      this.pendingConnector = next;
    } else if (this.pendingConnector === '') {
      this.pendingConnector = next;
    }
    this.cur = { assignments: [], words: [], redirects: [], connector: this.pendingConnector };
  }

  /** A word: a keyword separates, a leading NAME=value is an assignment, else an argument. */
  word(w: Word): void {
    const cur = this.cur;
    if (cur.words.length === 0) {
      if (PREFIX_KEYWORDS.has(w.raw)) {
        if (cur.assignments.length > 0 || cur.redirects.length > 0) cur.words.push(w);
        else this.flush(';');
        return;
      }
      if (CLOSE_KEYWORDS.has(w.raw)) return this.flush(';');
      if (ASSIGNMENT.test(w.raw)) {
        cur.assignments.push(w);
        return;
      }
    }
    cur.words.push(w);
  }
}

export function parseShell(input: LogicalText | string): ShellScript {
  const src = typeof input === 'string' ? LogicalText.plain(input) : input;
  const s = src.text;
  const n = s.length;
  const list = new CommandList();
  const pendingHeredocs: PendingHeredoc[] = [];
  let i = 0;
  while (i < n) {
    const c = s[i] as string;
    if (SPACE.has(c)) {
      i++;
    } else if (c === '\\' && s[i + 1] === '\n') {
      i += 2;
    } else if (c === '#') {
      while (i < n && s[i] !== '\n') i++;
    } else if (c === '\n') {
      list.flush('\n');
      i = skipHeredocBodies(s, i + 1, pendingHeredocs);
    } else {
      const redir = readRedirect(src, i);
      const op = redir ? undefined : controlOperator(s, i);
      if (redir) {
        if (redir.heredoc) pendingHeredocs.push(redir.heredoc);
        list.cur.redirects.push(redir.redirect);
        i = redir.end;
      } else if (op) {
        list.flush(op.connector);
        i += op.length;
      } else {
        const w = readWord(src, i);
        i = w.end > i ? w.end : i + 1;
        list.word(w);
      }
    }
  }
  list.flush('');
  return { source: src, commands: list.commands };
}

/** Reads one shell word starting at i; stops at unquoted whitespace or an operator character. */
function readWord(src: LogicalText, start: number): Word {
  const s = src.text;
  const n = s.length;
  let i = start;
  let value = '';
  const vars: VarRef[] = [];
  let substitution = false;

  /** A single-quoted part whose body starts at `from` (in ANSI-C `$'...'` a backslash escapes the quote). */
  const singleQuoted = (from: number, ansi: boolean): void => {
    const close = findClosingSingle(s, from, ansi);
    value += s.slice(from, close);
    i = Math.min(n, close + 1);
  };

  const readVar = (): void => {
    // s[i] === '$'
    const next = s[i + 1];
    if (next === '{') {
      const close = s.indexOf('}', i + 2);
      const end = close < 0 ? n : close + 1;
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(i + 2, Math.min(end, i + 2 + 256)));
      if (m) vars.push({ name: m[0], start: i, end });
      value += s.slice(i, end);
      i = end;
      return;
    }
    if (next === '(') {
      substitution = true;
      const end = skipBalanced(s, i + 1, vars);
      value += s.slice(i, end);
      i = end;
      return;
    }
    if (next !== undefined && NAME_START.test(next)) {
      let j = i + 1;
      while (j < n && NAME_CHAR.test(s[j] as string)) j++;
      vars.push({ name: s.slice(i + 1, j), start: i, end: j });
      value += s.slice(i, j);
      i = j;
      return;
    }
    if (next === "'") return singleQuoted(i + 2, true); // ANSI-C quoting $'...'
    value += '$';
    i++;
  };

  while (i < n) {
    const c = s[i] as string;
    if (SPACE.has(c) || OPERATOR_CHARS.has(c)) break;
    if (c === '\\') {
      if (s[i + 1] === '\n') {
        i += 2;
        continue;
      }
      if (i + 1 < n) value += s[i + 1];
      i += 2;
      continue;
    }
    if (c === "'") {
      singleQuoted(i + 1, false);
      continue;
    }
    if (c === '"') {
      i++;
      while (i < n && s[i] !== '"') {
        const d = s[i] as string;
        if (d === '\\' && i + 1 < n) {
          const e = s[i + 1] as string;
          if (e === '\n') {
            i += 2;
            continue;
          }
          value += '"\\$`'.includes(e) ? e : d + e;
          i += 2;
        } else if (d === '$') {
          readVar();
        } else if (d === '`') {
          substitution = true;
          const close = findBacktick(s, i + 1);
          value += s.slice(i, close + 1);
          i = Math.min(n, close + 1);
        } else {
          value += d;
          i++;
        }
      }
      i++;
      continue;
    }
    if (c === '$') {
      readVar();
      continue;
    }
    if (c === '`') {
      substitution = true;
      const close = findBacktick(s, i + 1);
      value += s.slice(i, close + 1);
      i = Math.min(n, close + 1);
      continue;
    }
    value += c;
    i++;
  }
  const end = Math.min(i, n);
  return { value, raw: s.slice(start, end), start, end, vars, substitution };
}

function findClosingSingle(s: string, from: number, ansi: boolean): number {
  let i = from;
  while (i < s.length) {
    if (ansi && s[i] === '\\') {
      i += 2;
      continue;
    }
    if (s[i] === "'") return i;
    i++;
  }
  return s.length;
}

function findBacktick(s: string, from: number): number {
  let i = from;
  while (i < s.length) {
    if (s[i] === '\\') {
      i += 2;
      continue;
    }
    if (s[i] === '`') return i;
    i++;
  }
  return s.length;
}

/**
 * From an opening `(` at index open, the index just past its matching `)`, skipping quoted text;
 * iterative (no recursion), records `$NAME` references seen outside single quotes.
 */
function skipBalanced(s: string, open: number, vars: VarRef[]): number {
  let depth = 0;
  let i = open;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (c === "'") {
      i = findClosingSingle(s, i + 1, false) + 1;
      continue;
    }
    if (c === '$' && i + 1 < s.length) {
      const rest = s.slice(i + 1, i + 1 + 256);
      const m = /^\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
      if (m && (rest[0] === '{' || NAME_START.test(rest[0] as string))) {
        vars.push({ name: m[1] as string, start: i, end: i + 1 + m[0].length });
      }
    }
    if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth <= 0) return i + 1;
    }
    i++;
  }
  return s.length;
}

/** The program name of a command (basename of the first word), or '' for assignment-only commands. */
export function programName(cmd: ShellCommand): string {
  const first = cmd.words[0]?.value ?? '';
  const slash = first.lastIndexOf('/');
  return slash >= 0 ? first.slice(slash + 1) : first;
}

/** NAME and value of an assignment word (`NAME=value`, `NAME+=value`). */
export function splitAssignment(w: Word): { name: string; value: string } | undefined {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\+?=/.exec(w.value);
  if (!m) return undefined;
  return { name: m[1] as string, value: w.value.slice(m[0].length) };
}

/**
 * Strips `env`, `sudo`, `nice`, `exec`, `command`, `time` wrappers and `env`'s NAME=value arguments:
 * returns the assignments the real program sees and its argv.
 */
export function unwrapCommand(cmd: ShellCommand): { assignments: Word[]; words: Word[] } {
  const assignments = [...cmd.assignments];
  let words = [...cmd.words];
  for (let guard = 0; guard < 8 && words.length > 0; guard++) {
    const name = programName({ ...cmd, words });
    if (name === 'env') {
      words = words.slice(1);
      while (words[0] && (words[0].value.startsWith('-') || ASSIGNMENT.test(words[0].value))) {
        if (ASSIGNMENT.test(words[0].value)) assignments.push(words[0]);
        words = words.slice(1);
      }
    } else if (['sudo', 'nice', 'exec', 'command', 'time', 'nohup'].includes(name)) {
      words = words.slice(1);
      while (words[0]?.value.startsWith('-')) words = words.slice(1);
    } else break;
  }
  return { assignments, words };
}
