/**
 * The image references a run tags: the `tags` input as given, or, with `images`, docker/metadata-action's rules
 * resolved against the git context (src/metadata). Pure: the context is passed in.
 */
import { InputError } from './errors.js';
import { preview } from './inputs.js';
import { parseImageReference } from '../registry/reference.js';
import type { GitContext } from '../metadata/context.js';
import { resolveMetadata, type Metadata } from '../metadata/resolve.js';
import {
  DEFAULT_TAG_RULES,
  isRuleLine,
  parseFlavor,
  parseImageRules,
  parseTagRule,
  TAG_TEXT,
  type TagRule,
} from '../metadata/rules.js';

export interface ResolvedTags {
  readonly tags: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: readonly string[];
  /** Set when `images` made the tags (the metadata-action outputs). */
  readonly metadata?: Metadata;
}

export interface TagInputs {
  readonly tags: readonly string[];
  readonly images: readonly string[];
  readonly flavor: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: readonly string[];
}

const CREATED = 'org.opencontainers.image.created';

function rule(line: string): TagRule {
  // Validated when the input was read; a plain line next to `images` is a raw value.
  const r = parseTagRule(isRuleLine(line) ? line : `type=raw,value=${line}`);
  if ('problem' in r) throw new InputError('tags', `'${preview(line)}': ${r.problem}`);
  return r.value;
}

/** The tags and labels to build with; throws InputError naming the input at fault. */
export function resolveTags(v: TagInputs, git: () => GitContext): ResolvedTags {
  if (v.images.length === 0) {
    const ruleLine = v.tags.find(isRuleLine);
    if (ruleLine !== undefined)
      throw new InputError(
        'tags',
        `'${preview(ruleLine)}' is a metadata-action rule: name the repositories it tags in images (e.g. images: ghcr.io/acme/api)`,
      );
    if (v.flavor.length > 0)
      throw new InputError('flavor', 'flavor needs images (the metadata-action tag rules)');
    return { tags: v.tags, labels: v.labels, annotations: v.annotations };
  }
  for (const line of v.tags)
    if (!isRuleLine(line) && !TAG_TEXT.test(line))
      throw new InputError(
        'tags',
        `'${preview(line)}': next to images a plain line is a tag (letters, digits, _ . -, up to 128), or use a type= rule`,
      );
  const images = parseImageRules(v.images);
  if ('problem' in images) throw new InputError('images', images.problem);
  const flavor = parseFlavor(v.flavor);
  if ('problem' in flavor) throw new InputError('flavor', flavor.problem);
  const rules = (v.tags.length > 0 ? v.tags : DEFAULT_TAG_RULES).map(rule);
  let metadata: Metadata;
  try {
    metadata = resolveMetadata(
      { images: images.value, tags: rules, flavor: flavor.value, labels: v.labels },
      git(),
    );
  } catch (e) {
    throw new InputError('tags', e instanceof Error ? e.message : String(e));
  }
  for (const tag of metadata.tags)
    if (!parseImageReference(tag))
      throw new InputError(
        'tags',
        `the rules made '${preview(tag)}', which is not an image reference (a tag starts with a letter, digit or _)`,
      );
  // created is the build's (SOURCE_DATE_EPOCH), so the image stays reproducible; the user's annotations come last.
  const { [CREATED]: _created, ...labels } = metadata.labels;
  const annotations = [...metadata.annotations.filter((a) => !a.includes(`:${CREATED}=`)), ...v.annotations];
  return { tags: metadata.tags, labels, annotations, metadata };
}
