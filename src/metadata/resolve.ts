/**
 * Tags, labels and annotations from tag rules and a git context, with docker/metadata-action's meaning: the
 * enabled rules that apply, highest priority first, give the version (the first) and the other tags; `latest`
 * follows the flavor. Pure.
 */
import type { GitContext } from './context.js';
import {
  regexSource,
  sortRules,
  DEFAULT_FLAVOR,
  type Flavor,
  type ImageRule,
  type TagRule,
} from './rules.js';
import { parseSemver } from './semver.js';
import { constant, dateHelper, renderTemplate, type Helper } from './template.js';

export interface MetadataInputs {
  readonly images: readonly ImageRule[];
  readonly tags: readonly TagRule[];
  readonly flavor?: Flavor;
  /** Extra labels (`KEY=VALUE`); they win over the OCI set. */
  readonly labels?: Readonly<Record<string, string>>;
}

export interface Metadata {
  /** The main version (first tag without image), empty when no rule applied. */
  readonly version: string;
  /** Full references, image by image. */
  readonly tags: readonly string[];
  /** The tags without image names. */
  readonly tagNames: readonly string[];
  /** The org.opencontainers.image.* set and the extra labels, sorted by key. */
  readonly labels: Readonly<Record<string, string>>;
  /** The OCI set (without the extra labels) as manifest annotations (`manifest:key=value`). */
  readonly annotations: readonly string[];
  /** Rules that were skipped, and why (a tag that is no semver, a pattern that does not match). */
  readonly notes: readonly string[];
}

const SHORT_SHA = 7;

/** What metadata-action does to a tag: every run of characters other than letters, digits, `.`, `_`, `-` becomes `-`. */
export function sanitizeTag(tag: string): string {
  return tag.replace(/[^a-zA-Z0-9._-]+/g, '-');
}

function refName(ref: string, kind: 'heads' | 'tags'): string {
  return ref.startsWith(`refs/${kind}/`) ? ref.slice(`refs/${kind}/`.length) : '';
}

function isDefaultBranch(ctx: GitContext): boolean {
  const branch = refName(ctx.ref, 'heads');
  if (branch === '') return false;
  if (ctx.repository.defaultBranch === branch) return true;
  // These events always run on the last commit of the default branch.
  return /create|discussion|issues|schedule/.test(ctx.eventName);
}

export function globalHelpers(ctx: GitContext): Record<string, Helper> {
  const def = isDefaultBranch(ctx);
  return {
    branch: constant(refName(ctx.ref, 'heads')),
    tag: constant(refName(ctx.ref, 'tags')),
    sha: constant(ctx.sha.slice(0, SHORT_SHA)),
    base_ref: constant(ctx.baseRef ?? ''),
    is_default_branch: constant(String(def)),
    is_not_default_branch: constant(String(!def)),
    date: dateHelper(ctx.now),
    commit_date: dateHelper(ctx.commitDate ?? ctx.now),
  };
}

interface Version {
  main?: string;
  partial: string[];
  latest?: boolean;
}

class Resolver {
  readonly version: Version = { partial: [] };
  readonly notes: string[] = [];
  private readonly globals: Record<string, Helper>;

  constructor(
    private readonly ctx: GitContext,
    private readonly flavor: Flavor,
  ) {
    this.globals = globalHelpers(ctx);
  }

  expand(text: string): string {
    return renderTemplate(text, this.globals);
  }

  latestFor(auto: boolean): boolean {
    return this.flavor.latest === 'auto' ? auto : this.flavor.latest === 'true';
  }

  withAffixes(value: string, rule: TagRule): string {
    const prefix = rule.prefix ?? this.flavor.prefix;
    const suffix = rule.suffix ?? this.flavor.suffix;
    return `${this.expand(prefix)}${value}${this.expand(suffix)}`;
  }

  add(rule: TagRule, value: string, latestWhenAuto: boolean): void {
    if (value === '') return;
    const tag = sanitizeTag(this.withAffixes(value, rule));
    if (this.version.main === undefined) this.version.main = tag;
    else if (tag !== this.version.main && !this.version.partial.includes(tag)) this.version.partial.push(tag);
    this.version.latest ??= this.latestFor(latestWhenAuto);
  }

  /** The version text semver and match read: `value=`, else the pushed tag; undefined when neither. */
  source(rule: TagRule): string | undefined {
    if (rule.value) return this.expand(rule.value);
    const tag = refName(this.ctx.ref, 'tags');
    return tag === '' ? undefined : tag;
  }

  apply(rule: TagRule): void {
    const enabled = this.expand(rule.enable).trim();
    if (enabled !== 'true' && enabled !== 'false')
      throw new Error(`enable=${rule.enable} gave '${enabled}': expected true or false`);
    if (enabled === 'false') return;
    const { ctx } = this;
    switch (rule.type) {
      case 'schedule':
        if (/schedule/.test(ctx.eventName))
          this.add(
            rule,
            renderTemplate(rule.pattern ?? 'nightly', {
              date: dateHelper(ctx.now),
              commit_date: dateHelper(ctx.commitDate ?? ctx.now),
            }),
            false,
          );
        return;
      case 'semver':
        return this.semver(rule);
      case 'match':
        return this.match(rule);
      case 'edge': {
        const branch = refName(ctx.ref, 'heads');
        const edgeBranch = rule.branch || ctx.repository.defaultBranch;
        if (branch !== '' && branch === edgeBranch) this.add(rule, 'edge', false);
        return;
      }
      case 'ref':
        if (rule.event === 'branch') this.add(rule, refName(ctx.ref, 'heads'), false);
        else if (rule.event === 'tag') this.add(rule, refName(ctx.ref, 'tags'), true);
        else if (ctx.ref.startsWith('refs/pull/'))
          this.add(rule, ctx.ref.slice('refs/pull/'.length).replace(/\/merge$/, ''), false);
        return;
      case 'raw':
        this.add(rule, this.expand(rule.value ?? ''), false);
        return;
      case 'sha':
        if (ctx.sha) this.add(rule, rule.format === 'long' ? ctx.sha : ctx.sha.slice(0, SHORT_SHA), false);
        return;
    }
  }

  semver(rule: TagRule): void {
    let text = this.source(rule);
    if (text === undefined) return;
    if (rule.match) {
      const m = new RegExp(rule.match).exec(text);
      if (!m) this.notes.push(`type=semver: ${rule.match} does not match ${text}`);
      else text = m[1] ?? m[0];
    }
    text = text.replace(/\//g, '-');
    const v = parseSemver(text);
    if (!v) {
      this.notes.push(`type=semver: ${text} is not a semantic version (https://semver.org/): no tag from it`);
      return;
    }
    const helpers: Record<string, Helper> = {
      raw: constant(v.raw),
      version: constant(v.version),
      major: constant(String(v.major)),
      minor: constant(String(v.minor)),
      patch: constant(String(v.patch)),
    };
    const pattern = rule.pattern ?? '{{version}}';
    // A pre-release only gets its full version: `{{major}}` must not move to a release candidate.
    const prerelease = v.prerelease.length > 0;
    const rawOnly = /^\{\{\s*raw\s*\}\}$/.test(pattern);
    this.add(rule, renderTemplate(prerelease && !rawOnly ? '{{version}}' : pattern, helpers), !prerelease);
  }

  match(rule: TagRule): void {
    const text = this.source(rule);
    if (text === undefined) return;
    const { source, flags } = regexSource(rule.pattern ?? '');
    const m = new RegExp(source, flags).exec(text);
    const group = m?.[rule.group ?? 0];
    if (!m) this.notes.push(`type=match: ${rule.pattern} does not match ${text}`);
    else if (group === undefined) this.notes.push(`type=match: ${rule.pattern} has no group ${rule.group}`);
    else this.add(rule, group, true);
  }
}

function tagsFor(version: Version, flavor: Flavor, image?: string): string[] {
  if (version.main === undefined) return [];
  const at = image ? `${image}:` : '';
  const tags = [version.main, ...version.partial].map((t) => `${at}${t}`);
  if (version.latest) {
    const latest = `${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`;
    tags.push(`${at}${sanitizeTag(latest)}`);
  }
  return tags;
}

/** The OCI set metadata-action writes, then the extra labels. */
export function ociSet(
  ctx: GitContext,
  version: string,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const r = ctx.repository;
  const all: Record<string, string> = {
    'org.opencontainers.image.title': r.name ?? '',
    'org.opencontainers.image.description': r.description ?? '',
    'org.opencontainers.image.url': r.htmlUrl ?? '',
    'org.opencontainers.image.source': r.htmlUrl ?? '',
    'org.opencontainers.image.version': version,
    'org.opencontainers.image.created': (ctx.commitDate ?? ctx.now).toISOString(),
    'org.opencontainers.image.revision': ctx.sha,
    'org.opencontainers.image.licenses': r.license ?? '',
    ...extra,
  };
  return Object.fromEntries(Object.entries(all).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Tags, labels and annotations for this context. Throws an Error (for the `tags` input) on a bad expression. */
export function resolveMetadata(inputs: MetadataInputs, ctx: GitContext): Metadata {
  const flavor = inputs.flavor ?? DEFAULT_FLAVOR;
  const resolver = new Resolver(ctx, flavor);
  for (const rule of sortRules(inputs.tags)) resolver.apply(rule);
  const { version } = resolver;
  const images = inputs.images.filter((i) => i.enable).map((i) => i.name.toLowerCase());
  const labels = ociSet(ctx, version.main ?? '', inputs.labels);
  return {
    version: version.main ?? '',
    tags:
      images.length > 0
        ? images.flatMap((image) => tagsFor(version, flavor, image))
        : tagsFor(version, flavor),
    tagNames: tagsFor(version, flavor),
    labels,
    annotations: Object.entries(ociSet(ctx, version.main ?? '')).map(([k, v]) => `manifest:${k}=${v}`),
    notes: resolver.notes,
  };
}

/** The `json` output, shaped like metadata-action's. */
export function metadataJson(m: Metadata): string {
  return JSON.stringify({
    tags: m.tags,
    'tag-names': m.tagNames,
    labels: m.labels,
    annotations: m.annotations,
  });
}
