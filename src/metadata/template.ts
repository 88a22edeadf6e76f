/**
 * The `{{…}}` expressions metadata-action accepts in tag rules: `{{version}}`, `{{branch}}`,
 * `{{date 'YYYYMMDD' tz='Europe/Paris'}}`. A small evaluator of our own, not Handlebars: a name, then quoted
 * arguments and `key='value'` options. Pure.
 */

export interface Call {
  readonly name: string;
  readonly args: readonly string[];
  readonly hash: Readonly<Record<string, string>>;
}

export type Part = { readonly text: string } | { readonly call: Call };

/** A helper: what an expression turns into (it may throw an Error with a message for the user). */
export type Helper = (call: Call) => string;

const TOKEN =
  /\s*(?:'([^']*)'|"([^"]*)"|([A-Za-z_][A-Za-z0-9_-]*)=(?:'([^']*)'|"([^"]*)"|([^\s'"]+))|([^\s'"=]+))/y;

function parseCall(expr: string): Call | string {
  const words: string[] = [];
  const hash: Record<string, string> = {};
  TOKEN.lastIndex = 0;
  const rest = expr.trimEnd();
  let name: string | undefined;
  while (TOKEN.lastIndex < rest.length) {
    const m = TOKEN.exec(rest);
    if (!m) return `cannot read '{{${expr}}}'`;
    if (m[3] !== undefined) hash[m[3]] = m[4] ?? m[5] ?? (m[6] as string);
    else if (m[7] !== undefined && name === undefined) name = m[7];
    else if (m[7] !== undefined) return `'{{${expr}}}': arguments are quoted, like {{date 'YYYYMMDD'}}`;
    else words.push(m[1] ?? (m[2] as string));
  }
  if (name === undefined || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
    return `'{{${expr}}}' names no expression`;
  return { name, args: words, hash };
}

/** The template's text and expressions, or a problem. */
export function parseTemplate(template: string): { parts: Part[] } | { problem: string } {
  const parts: Part[] = [];
  let at = 0;
  while (at < template.length) {
    const open = template.indexOf('{{', at);
    if (open < 0) {
      parts.push({ text: template.slice(at) });
      break;
    }
    if (open > at) parts.push({ text: template.slice(at, open) });
    const close = template.indexOf('}}', open + 2);
    if (close < 0) return { problem: `'{{' without '}}' in '${template}'` };
    const inner = template.slice(open + 2, close);
    if (inner.includes('{')) return { problem: `nested or triple braces are not supported in '${template}'` };
    const call = parseCall(inner);
    if (typeof call === 'string') return { problem: call };
    parts.push({ call });
    at = close + 2;
  }
  return { parts };
}

/** The expression names a template uses (to check them when the input is read). */
export function templateNames(template: string): string[] | { problem: string } {
  const t = parseTemplate(template);
  if ('problem' in t) return t;
  return t.parts.flatMap((p) => ('call' in p ? [p.call.name] : []));
}

/** Renders a template; an unknown expression is an error naming it. */
export function renderTemplate(template: string, helpers: Readonly<Record<string, Helper>>): string {
  const t = parseTemplate(template);
  if ('problem' in t) throw new Error(t.problem);
  return t.parts
    .map((p) => {
      if ('text' in p) return p.text;
      const helper = Object.hasOwn(helpers, p.call.name) ? helpers[p.call.name] : undefined;
      if (!helper)
        throw new Error(
          `unknown expression {{${p.call.name}}} (known here: ${Object.keys(helpers)
            .map((k) => `{{${k}}}`)
            .join(', ')})`,
        );
      return helper(p.call);
    })
    .join('');
}

/** A helper returning a constant (no arguments allowed). */
export function constant(value: string): Helper {
  return (call) => {
    if (call.args.length > 0 || Object.keys(call.hash).length > 0)
      throw new Error(`{{${call.name}}} takes no arguments`);
    return value;
  };
}

const FORMAT_TOKEN = /\[([^\]]*)\]|YYYY|YY|MM|M|DD|D|HH|H|mm|m|ss|s|SSS|./gs;

/**
 * A date in the subset of moment.js formats tags use (`YYYY YY MM M DD D HH H mm m ss s SSS`, `[literal]`), in a
 * time zone (IANA name, default UTC). Other letters are written as they are.
 */
export function formatDate(date: Date, format: string, timeZone = 'UTC'): string {
  let fmt: Intl.DateTimeFormat;
  try {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new Error(`unknown time zone '${timeZone}' (expected an IANA name like Europe/Paris)`);
  }
  const parts = Object.fromEntries(fmt.formatToParts(date).map((p) => [p.type, p.value]));
  const n = (k: string) => Number(parts[k]);
  const pad = (v: number, w = 2) => String(v).padStart(w, '0');
  const values: Record<string, string> = {
    YYYY: pad(n('year'), 4),
    YY: pad(n('year') % 100),
    MM: pad(n('month')),
    M: String(n('month')),
    DD: pad(n('day')),
    D: String(n('day')),
    HH: pad(n('hour') % 24),
    H: String(n('hour') % 24),
    mm: pad(n('minute')),
    m: String(n('minute')),
    ss: pad(n('second')),
    s: String(n('second')),
    SSS: pad(date.getUTCMilliseconds(), 3),
  };
  return format.replace(FORMAT_TOKEN, (tok, literal: string | undefined) =>
    literal !== undefined ? literal : (values[tok] ?? tok),
  );
}

/** A `{{date 'FORMAT' tz='Zone'}}` helper over a fixed date. */
export function dateHelper(date: Date | undefined): Helper {
  return (call) => {
    if (!date) throw new Error(`{{${call.name}}}: the date is not known here`);
    if (call.args.length !== 1) throw new Error(`{{${call.name}}} takes one quoted format, like 'YYYYMMDD'`);
    for (const key of Object.keys(call.hash))
      if (key !== 'tz') throw new Error(`{{${call.name}}}: unknown option ${key} (only tz)`);
    return formatDate(date, call.args[0] as string, call.hash.tz);
  };
}
