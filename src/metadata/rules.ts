/**
 * metadata-action's `images`, `tags` and `flavor` lines, read into typed rules. Each line is a comma separated
 * list of `key=value` fields (double quotes protect commas). Pure: a problem is returned, never thrown.
 */
import { templateNames } from './template.js';

export type Parsed<T> = { readonly value: T } | { readonly problem: string };

export const RULE_TYPES = ['schedule', 'semver', 'match', 'edge', 'ref', 'raw', 'sha'] as const;
export type RuleType = (typeof RULE_TYPES)[number];
export type RefEvent = 'branch' | 'tag' | 'pr';

/** metadata-action's default priorities: the highest enabled rule that applies gives `version`. */
export const DEFAULT_PRIORITY: Readonly<Record<RuleType, number>> = {
  schedule: 1000,
  semver: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
};

export interface TagRule {
  readonly type: RuleType;
  /** `enable=` as written: an expression that must render to true or false. */
  readonly enable: string;
  readonly priority: number;
  /** Set only when the rule names one (it then wins over the flavor's). */
  readonly prefix?: string;
  readonly suffix?: string;
  readonly pattern?: string;
  readonly value?: string;
  /** semver: a regular expression whose first group is the version. */
  readonly match?: string;
  /** match: the group index. */
  readonly group?: number;
  readonly event?: RefEvent;
  readonly branch?: string;
  readonly format?: 'short' | 'long';
}

export interface ImageRule {
  readonly name: string;
  readonly enable: boolean;
}

export interface Flavor {
  readonly latest: 'auto' | 'true' | 'false';
  readonly prefix: string;
  readonly suffix: string;
  /** Whether prefix / suffix also go on `latest`. */
  readonly prefixLatest: boolean;
  readonly suffixLatest: boolean;
}

export const DEFAULT_FLAVOR: Flavor = {
  latest: 'auto',
  prefix: '',
  suffix: '',
  prefixLatest: false,
  suffixLatest: false,
};

/** The rules metadata-action uses when `tags` is empty. */
export const DEFAULT_TAG_RULES = [
  'type=schedule',
  'type=ref,event=branch',
  'type=ref,event=tag',
  'type=ref,event=pr',
];

/** A line's fields: comma separated, `"…"` quoting (with `""` for a quote), surrounding spaces trimmed. */
export function csvFields(line: string): Parsed<string[]> {
  const fields: string[] = [];
  let cur = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && cur.trim() === '') {
      quoted = true;
      wasQuoted = true;
      cur = '';
    } else if (c === ',') {
      fields.push(wasQuoted ? cur : cur.trim());
      cur = '';
      wasQuoted = false;
    } else cur += c;
  }
  if (quoted) return { problem: 'a double quote is not closed' };
  fields.push(wasQuoted ? cur : cur.trim());
  return { value: fields.filter((f) => f !== '') };
}

/** `key=value` (the key lowercased; the value after the first `=`), or a bare value. */
function splitField(field: string): { key?: string; value: string } {
  const eq = field.indexOf('=');
  return eq < 0
    ? { value: field.trim() }
    : { key: field.slice(0, eq).trim().toLowerCase(), value: field.slice(eq + 1).trim() };
}

/** Whether a `tags` line is a metadata-action rule rather than plain references. */
export function isRuleLine(line: string): boolean {
  return /(^|,)\s*type\s*=/i.test(line) || line.includes('{{');
}

const KNOWN_KEYS: Readonly<Record<RuleType, readonly string[]>> = {
  schedule: ['pattern'],
  semver: ['pattern', 'value', 'match'],
  match: ['pattern', 'value', 'group'],
  edge: ['branch'],
  ref: ['event'],
  raw: ['value'],
  sha: ['format'],
};
const COMMON_KEYS = ['type', 'enable', 'priority', 'prefix', 'suffix'];

/** Expressions a rule's fields may use. */
export const GLOBAL_EXPRESSIONS = [
  'branch',
  'tag',
  'sha',
  'base_ref',
  'is_default_branch',
  'is_not_default_branch',
  'date',
  'commit_date',
];
export const SEMVER_EXPRESSIONS = ['raw', 'version', 'major', 'minor', 'patch'];
const SCHEDULE_EXPRESSIONS = ['date', 'commit_date'];

function checkExpressions(key: string, text: string, allowed: readonly string[]): string | undefined {
  const names = templateNames(text);
  if (!Array.isArray(names)) return `${key}: ${names.problem}`;
  const unknown = names.find((n) => !allowed.includes(n));
  return unknown === undefined
    ? undefined
    : `${key}: unknown expression {{${unknown}}} (expected one of ${allowed.map((a) => `{{${a}}}`).join(', ')})`;
}

/** One `tags` line: `type=semver,pattern={{version}}`; a line with no type is `type=raw`. */
export function parseTagRule(line: string): Parsed<TagRule> {
  const fields = csvFields(line);
  if ('problem' in fields) return fields;
  const attrs = new Map<string, string>();
  for (const field of fields.value) {
    const { key, value } = splitField(field);
    attrs.set(key ?? 'value', value);
  }
  const type = (attrs.get('type') ?? 'raw').toLowerCase();
  if (type === 'pep440')
    return {
      problem: 'type=pep440 (Python version numbers) is not supported here: use type=semver or type=match',
    };
  if (!(RULE_TYPES as readonly string[]).includes(type))
    return { problem: `unknown type '${type}' (expected one of ${RULE_TYPES.join(', ')})` };
  const t = type as RuleType;
  for (const key of attrs.keys())
    if (!COMMON_KEYS.includes(key) && !KNOWN_KEYS[t].includes(key))
      return {
        problem: `type=${t} has no attribute '${key}' (it takes ${[...KNOWN_KEYS[t], ...COMMON_KEYS.slice(1)].join(', ')})`,
      };
  const priorityText = attrs.get('priority');
  const priority = priorityText === undefined ? DEFAULT_PRIORITY[t] : Number(priorityText);
  if (priorityText !== undefined && (!/^-?\d{1,9}$/.test(priorityText) || !Number.isSafeInteger(priority)))
    return { problem: `priority: expected a whole number, got '${priorityText}'` };
  const rule: { -readonly [K in keyof TagRule]: TagRule[K] } = {
    type: t,
    enable: attrs.get('enable') ?? 'true',
    priority,
  };
  if (attrs.has('prefix')) rule.prefix = attrs.get('prefix') as string;
  if (attrs.has('suffix')) rule.suffix = attrs.get('suffix') as string;
  const specific = typeSpecific(t, attrs, rule);
  if (specific) return { problem: specific };
  for (const key of ['enable', 'prefix', 'suffix', 'value'] as const) {
    const text = rule[key];
    const problem = text === undefined ? undefined : checkExpressions(key, text, GLOBAL_EXPRESSIONS);
    if (problem) return { problem };
  }
  if (rule.pattern !== undefined && t !== 'match') {
    const problem = checkExpressions(
      'pattern',
      rule.pattern,
      t === 'semver' ? SEMVER_EXPRESSIONS : SCHEDULE_EXPRESSIONS,
    );
    if (problem) return { problem };
  }
  return { value: Object.freeze(rule) };
}

function typeSpecific(
  t: RuleType,
  attrs: ReadonlyMap<string, string>,
  rule: { -readonly [K in keyof TagRule]: TagRule[K] },
): string | undefined {
  switch (t) {
    case 'schedule':
      rule.pattern = attrs.get('pattern') || 'nightly';
      return undefined;
    case 'semver':
    case 'match': {
      const pattern = attrs.get('pattern');
      if (!pattern)
        return `type=${t} needs a pattern (e.g. pattern=${t === 'semver' ? '{{version}}' : '\\d.\\d.\\d'})`;
      rule.pattern = pattern;
      rule.value = attrs.get('value') ?? '';
      if (t === 'semver') {
        rule.match = attrs.get('match') ?? '';
        if (rule.match && !compiles(rule.match)) return `match: '${rule.match}' is not a regular expression`;
        return undefined;
      }
      const group = attrs.get('group') ?? '0';
      if (!/^\d{1,3}$/.test(group)) return `group: expected a group number, got '${group}'`;
      rule.group = Number(group);
      if (!compiles(regexSource(pattern).source, regexSource(pattern).flags))
        return `pattern: '${pattern}' is not a regular expression`;
      return undefined;
    }
    case 'edge':
      rule.branch = attrs.get('branch') ?? '';
      return undefined;
    case 'ref': {
      const event = attrs.get('event');
      if (event !== 'branch' && event !== 'tag' && event !== 'pr')
        return `type=ref needs event=branch, event=tag or event=pr${event ? `, got '${event}'` : ''}`;
      rule.event = event;
      if (event === 'pr' && rule.prefix === undefined) rule.prefix = 'pr-';
      return undefined;
    }
    case 'raw': {
      const value = attrs.get('value');
      if (value === undefined || value === '') return 'type=raw needs a value (e.g. type=raw,value=latest)';
      rule.value = value;
      return undefined;
    }
    case 'sha': {
      const format = attrs.get('format') ?? 'short';
      if (format !== 'short' && format !== 'long') return `format: expected short or long, got '${format}'`;
      rule.format = format;
      if (rule.prefix === undefined) rule.prefix = 'sha-';
      return undefined;
    }
  }
}

/** A match pattern: `/re/flags` or a bare regular expression. */
export function regexSource(pattern: string): { source: string; flags: string } {
  const m = /^\/(.+)\/([a-z]*)$/.exec(pattern);
  return m ? { source: m[1] as string, flags: m[2] as string } : { source: pattern, flags: '' };
}

function compiles(source: string, flags = ''): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

/** Tag rules sorted by priority, highest first (stable). */
export function sortRules(rules: readonly TagRule[]): TagRule[] {
  return [...rules].sort((a, b) => b.priority - a.priority);
}

/** The `images` lines: `ghcr.io/acme/api`, `name=ghcr.io/acme/api,enable=false`, or one line of names. */
export function parseImageRules(lines: readonly string[]): Parsed<ImageRule[]> {
  const images: ImageRule[] = [];
  for (const line of lines) {
    const fields = csvFields(line);
    if ('problem' in fields) return { problem: `'${line}': ${fields.problem}` };
    if (fields.value.every((f) => !f.includes('='))) {
      images.push(...fields.value.map((name) => ({ name, enable: true })));
      continue;
    }
    let name = '';
    let enable = true;
    for (const field of fields.value) {
      const { key, value } = splitField(field);
      if (key === undefined || key === 'name') name = value;
      else if (key === 'enable') {
        if (value !== 'true' && value !== 'false')
          return { problem: `'${line}': enable must be true or false` };
        enable = value === 'true';
      } else return { problem: `'${line}': unknown attribute '${key}' (expected name and enable)` };
    }
    if (name === '') return { problem: `'${line}': no image name` };
    images.push({ name, enable });
  }
  return { value: images };
}

/** The `flavor` lines: `latest=auto|true|false`, `prefix=…[,onlatest=true]`, `suffix=…[,onlatest=true]`. */
export function parseFlavor(lines: readonly string[]): Parsed<Flavor> {
  const flavor = { ...DEFAULT_FLAVOR } as { -readonly [K in keyof Flavor]: Flavor[K] };
  for (const line of lines) {
    const fields = csvFields(line);
    if ('problem' in fields) return { problem: `'${line}': ${fields.problem}` };
    let last: 'prefix' | 'suffix' | undefined;
    for (const field of fields.value) {
      const { key, value } = splitField(field);
      if (key === 'latest') {
        if (value !== 'auto' && value !== 'true' && value !== 'false')
          return { problem: `latest: expected auto, true or false, got '${value}'` };
        flavor.latest = value;
      } else if (key === 'prefix' || key === 'suffix') {
        const problem = checkExpressions(key, value, GLOBAL_EXPRESSIONS);
        if (problem) return { problem };
        flavor[key] = value;
        last = key;
      } else if (key === 'onlatest') {
        if (value !== 'true' && value !== 'false')
          return { problem: `onlatest: expected true or false, got '${value}'` };
        if (!last) return { problem: 'onlatest follows a prefix= or suffix= on the same line' };
        flavor[last === 'prefix' ? 'prefixLatest' : 'suffixLatest'] = value === 'true';
      } else
        return {
          problem: `'${line}': unknown flavor '${key ?? field}' (expected latest, prefix, suffix, onlatest)`,
        };
    }
  }
  return { value: Object.freeze(flavor) };
}

/**
 * The `tags` input's items: a rule line (`type=…`, or one with `{{…}}`) stays whole, a line of plain references
 * is split on commas as before. Blank lines and `#` comments are left out, duplicates kept once.
 */
export function tagsInputItems(raw: string): string[] {
  const items = raw
    .split('\n')
    .map((l) => l.replace(/\r$/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .flatMap((l) => (isRuleLine(l) ? [l] : l.split(',').map((s) => s.trim())))
    .filter((s) => s !== '');
  return [...new Set(items)];
}

/** A tag as a registry takes it (what `type=raw` values and plain `tags` lines must be next to `images`). */
export const TAG_TEXT = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
