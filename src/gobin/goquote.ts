/**
 * Go's strconv.Quote / strconv.Unquote / strconv.QuotedPrefix for the strings that appear in build info. Pure;
 * Unquote returns undefined where Go returns an error.
 */

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8', { fatal: false });

/** unicode.IsPrint, closely enough: letters, marks, numbers, punctuation, symbols and the ASCII space. */
function isPrint(cp: number): boolean {
  if (cp === 0x20) return true;
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(String.fromCodePoint(cp));
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/** strconv.Quote. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') {
      out += '\\' + ch;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdfff) {
      out += '\\ufffd'; // a lone surrogate has no UTF-8 form; Go would have seen U+FFFD
      continue;
    }
    if (isPrint(cp)) {
      out += ch;
      continue;
    }
    switch (cp) {
      case 7:
        out += '\\a';
        break;
      case 8:
        out += '\\b';
        break;
      case 12:
        out += '\\f';
        break;
      case 10:
        out += '\\n';
        break;
      case 13:
        out += '\\r';
        break;
      case 9:
        out += '\\t';
        break;
      case 11:
        out += '\\v';
        break;
      default:
        if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
        else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
        else out += '\\U' + hex(cp, 8);
    }
  }
  return out + '"';
}

const SIMPLE: Record<string, number> = {
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
  '\\': 0x5c,
  "'": 0x27,
  '"': 0x22,
};

/**
 * strconv.QuotedPrefix: the quoted string at the start of `s` ("..." or `...`), or undefined. The result of
 * unquoting it is `goUnquote(prefix)`.
 */
export function goQuotedPrefix(s: string): string | undefined {
  const q = s[0];
  if (q === '`') {
    const end = s.indexOf('`', 1);
    return end > 0 ? s.slice(0, end + 1) : undefined;
  }
  if (q !== '"') return undefined;
  for (let i = 1; i < s.length; i++) {
    const c = s[i];
    if (c === '\n') return undefined;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '"') {
      const prefix = s.slice(0, i + 1);
      return goUnquote(prefix) === undefined ? undefined : prefix;
    }
  }
  return undefined;
}

/** strconv.Unquote for "..." and `...` strings (the forms Go's build info uses). */
export function goUnquote(s: string): string | undefined {
  if (s.length < 2) return undefined;
  const q = s[0];
  if (q !== s[s.length - 1]) return undefined;
  const body = s.slice(1, -1);
  if (q === '`') return body.includes('`') ? undefined : body.replace(/\r/g, '');
  if (q !== '"') return undefined;
  if (body.includes('\n')) return undefined;
  const out: number[] = [];
  const pushRune = (cp: number) => {
    for (const b of enc.encode(String.fromCodePoint(cp))) out.push(b);
  };
  for (let i = 0; i < body.length;) {
    const c = body[i] as string;
    if (c === '"') return undefined;
    if (c !== '\\') {
      const cp = body.codePointAt(i) ?? 0;
      pushRune(cp);
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const e = body[i + 1];
    if (e === undefined) return undefined;
    if (e === "'") return undefined; // \' is not valid inside "..."
    const simple = SIMPLE[e];
    if (simple !== undefined) {
      out.push(simple);
      i += 2;
      continue;
    }
    if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const digits = body.slice(i + 2, i + 2 + n);
      if (digits.length !== n || !/^[0-9a-fA-F]+$/.test(digits)) return undefined;
      const v = parseInt(digits, 16);
      if (e === 'x') out.push(v);
      else {
        if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return undefined;
        pushRune(v);
      }
      i += 2 + n;
      continue;
    }
    if (e >= '0' && e <= '7') {
      const digits = body.slice(i + 1, i + 4);
      if (!/^[0-7]{3}$/.test(digits)) return undefined;
      const v = parseInt(digits, 8);
      if (v > 255) return undefined;
      out.push(v);
      i += 4;
      continue;
    }
    return undefined;
  }
  return dec.decode(Uint8Array.from(out));
}
