/**
 * .dockerignore matching with BuildKit's semantics: one pattern per line, `#` comments, `!` exceptions,
 * the last matching pattern wins, `*` and `?` within a path element, `**` across elements, and a pattern
 * that matches a directory excludes everything under it. Pure; never throws.
 */

export interface IgnorePattern {
  readonly pattern: string;
  readonly negate: boolean;
  readonly line: number;
  readonly re: RegExp;
}

function clean(p: string): string {
  const parts: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function toRegExp(pattern: string): RegExp {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        const body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
        re += `[${body.startsWith('^') || body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < pattern.length) {
      re += `\\${pattern[++i] as string}`;
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  try {
    return new RegExp(`${re}$`);
  } catch {
    return /$^/;
  }
}

export function parseDockerignore(text: string): IgnorePattern[] {
  const out: IgnorePattern[] = [];
  text.split('\n').forEach((raw, idx) => {
    let p = raw.replace(/\r$/, '').trim();
    if (p === '' || p.startsWith('#')) return;
    let negate = false;
    if (p.startsWith('!')) {
      negate = true;
      p = p.slice(1).trim();
    }
    p = clean(p);
    if (p === '') return;
    out.push({ pattern: p, negate, line: idx + 1, re: toRegExp(p) });
  });
  return out;
}

/** Whether a context-relative path (forward slashes) is excluded from the build context. */
export function isExcluded(patterns: readonly IgnorePattern[], path: string): boolean {
  const p = clean(path);
  const parents: string[] = [];
  const parts = p.split('/');
  for (let i = 1; i <= parts.length; i++) parents.push(parts.slice(0, i).join('/'));
  let excluded = false;
  for (const pat of patterns) {
    if (parents.some((q) => pat.re.test(q))) excluded = !pat.negate;
  }
  return excluded;
}
