/**
 * BuildKit's variable expansion in Dockerfile words: `$X`, `${X}` and the operator forms (defaults,
 * alternatives, prefix/suffix trimming and replacement with shell globs). Pure; unknown stays unknown.
 */

/**
 * BuildKit's variable forms with lookup: `$X`, `${X}`, `${X:-d}`, `${X-d}`, `${X:+a}`, `${X+a}`, `${X?e}`,
 * `${X#glob}`, `${X##glob}`, `${X%glob}`, `${X%%glob}`, `${X/glob/rep}`, `${X//glob/rep}` (words expand in
 * turn). A reference whose value is unknown stays as written and marks the result unresolved: unknown, never
 * empty.
 */
export function expandVars(
  text: string,
  lookup: (name: string) => string | undefined | null,
  depth = 0,
): { value: string; unresolved: boolean } {
  let unresolved = false;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\\' && text[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const braced = text[i + 1] === '{';
    const nameStart = i + (braced ? 2 : 1);
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(nameStart, nameStart + 256));
    if (!m) {
      out += c;
      i++;
      continue;
    }
    const name = m[0];
    let end = nameStart + name.length;
    let op = '';
    let word = '';
    if (braced) {
      const close = closingBrace(text, end);
      if (close < 0) {
        out += text.slice(i);
        unresolved = true;
        break;
      }
      const inner = text.slice(end, close);
      const mm = /^(:?[-+?]|##?|%%?|\/\/?)([\s\S]*)$/.exec(inner);
      end = close + 1;
      if (mm) {
        op = mm[1] as string;
        word = mm[2] as string;
      } else if (inner !== '') {
        out += text.slice(i, end);
        unresolved = true;
        i = end;
        continue;
      }
    }
    const v = lookup(name);
    const r = applyOp(op, word, v, lookup, depth);
    if (r === undefined) {
      out += text.slice(i, end);
      unresolved = true;
    } else {
      out += r.value;
      if (r.unresolved) unresolved = true;
    }
    i = end;
  }
  return { value: out, unresolved };
}

/** Index of the `}` that closes a `${` whose name ends at `from` (nested `${...}` in words count). */
function closingBrace(text: string, from: number): number {
  let depth = 0;
  for (let k = from; k < text.length; k++) {
    const ch = text[k];
    if (ch === '\\') k++;
    else if (ch === '$' && text[k + 1] === '{') {
      depth++;
      k++;
    } else if (ch === '}') {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

const MAX_EXPAND_DEPTH = 8;
const MAX_PATTERN_VALUE = 512;
const MAX_PATTERN = 128;

/** The glob as an anchored regular expression; undefined when it is too long or not valid. */
function globRegExp(glob: string): RegExp | undefined {
  if (glob.length > MAX_PATTERN) return undefined;
  try {
    return new RegExp(`^(?:${globSource(glob)})$`);
  } catch {
    return undefined;
  }
}

/** One `${name<op>word}`: undefined when the value cannot be known (the reference stays as written). */
function applyOp(
  op: string,
  word: string,
  v: string | undefined | null,
  lookup: (name: string) => string | undefined | null,
  depth: number,
): { value: string; unresolved: boolean } | undefined {
  const set = v !== undefined;
  const known = v !== undefined && v !== null;
  const nonEmpty = known && v !== '';
  const expandWord = (w: string) =>
    depth >= MAX_EXPAND_DEPTH ? { value: w, unresolved: true } : expandVars(w, lookup, depth + 1);
  switch (op) {
    case '':
    case '?':
    case ':?':
      return known ? { value: v, unresolved: false } : undefined;
    case ':-':
    case '-': {
      const useDefault = op === ':-' ? !nonEmpty : !set;
      if (useDefault) return expandWord(word);
      return known ? { value: v, unresolved: false } : undefined;
    }
    case ':+':
    case '+': {
      if (v === null) return undefined;
      const useAlt = op === ':+' ? nonEmpty : set;
      return useAlt ? expandWord(word) : { value: '', unresolved: false };
    }
    default: {
      // Pattern forms on unknown or very long values (globs backtrack) are unknown.
      if (!known || v.length > MAX_PATTERN_VALUE) return undefined;
      if (op === '/' || op === '//') {
        const slash = patternEnd(word);
        const pat = expandWord(word.slice(0, slash));
        const rep =
          slash < word.length ? expandWord(word.slice(slash + 1)) : { value: '', unresolved: false };
        const re = globRegExp(pat.value);
        if (pat.unresolved || rep.unresolved || !re) return undefined;
        if (pat.value === '') return { value: v, unresolved: false };
        return { value: replaceGlob(v, re, rep.value, op === '//'), unresolved: false };
      }
      const pat = expandWord(word);
      const re = globRegExp(pat.value);
      if (pat.unresolved || !re) return undefined;
      return { value: trimGlob(v, re, op), unresolved: false };
    }
  }
}

/** End of the pattern in `pattern/replacement` (a backslash escapes the slash). */
function patternEnd(word: string): number {
  for (let k = 0; k < word.length; k++) {
    if (word[k] === '\\') k++;
    else if (word[k] === '/') return k;
  }
  return word.length;
}

/** A shell glob (`*`, `?`, `[...]`, backslash escapes) as an anchored-free regular expression source. */
function globSource(glob: string): string {
  let re = '';
  for (let k = 0; k < glob.length; k++) {
    const ch = glob[k] as string;
    if (ch === '\\' && k + 1 < glob.length) re += escapeRe(glob[++k] as string);
    else if (ch === '*') re += '[\\s\\S]*';
    else if (ch === '?') re += '[\\s\\S]';
    else if (ch === '[') {
      const close = glob.indexOf(']', k + 2);
      if (close < 0) re += '\\[';
      else {
        const body = glob
          .slice(k + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        re += `[${body}]`;
        k = close;
      }
    } else re += escapeRe(ch);
  }
  return re;
}

function escapeRe(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `#`/`##` remove the shortest/longest matching prefix, `%`/`%%` the shortest/longest matching suffix. */
function trimGlob(v: string, re: RegExp, op: string): string {
  if (op === '#' || op === '##') {
    const lens = [...Array(v.length + 1).keys()];
    if (op === '##') lens.reverse();
    for (const n of lens) if (re.test(v.slice(0, n))) return v.slice(n);
    return v;
  }
  const starts = [...Array(v.length + 1).keys()];
  if (op === '%') starts.reverse();
  for (const n of starts) if (re.test(v.slice(n))) return v.slice(0, n);
  return v;
}

/** `${v/glob/rep}`: the first (longest) match replaced; `${v//glob/rep}`: every match. */
function replaceGlob(v: string, re: RegExp, rep: string, all: boolean): string {
  let out = '';
  let k = 0;
  let replaced = false;
  while (k < v.length) {
    let matched = -1;
    if (all || !replaced) {
      for (let n = v.length; n > k; n--) {
        if (re.test(v.slice(k, n))) {
          matched = n;
          break;
        }
      }
    }
    if (matched > k) {
      out += rep;
      k = matched;
      replaced = true;
    } else out += v[k++];
  }
  return out;
}

/** The expanded text, or undefined (unknown) when a reference in it could not be resolved. */
export function knownValue(r: { value: string; unresolved: boolean }): string | undefined {
  return r.unresolved ? undefined : r.value;
}
