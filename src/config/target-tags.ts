/**
 * metadata-action's rules for the `targets` input: the `tags` input's rules (and `flavor`) made into tags for
 * the repositories each line names with `images=`, resolved once over all of them as metadata-action resolves
 * several `images`, then given to each image by repository. Pure: the git context is passed in.
 */
import { InputError } from '../core/errors.js';
import type { GitContext } from '../metadata/context.js';
import { resolveTags, type ResolvedTags, type TagInputs } from './tags.js';
import type { ImageTarget } from './targets.js';

/** The targets with their tags made by the rules, and what the rules made for the run. */
export interface ResolvedTargets extends ResolvedTags {
  readonly targets: readonly ImageTarget[];
}

/** Whether some line names repositories for the tag rules. Pure. */
export function targetsUseRules(targets: readonly ImageTarget[]): boolean {
  return targets.some((t) => t.images.length > 0);
}

export function resolveTargetTags(
  v: TagInputs & { readonly targets: readonly ImageTarget[] },
  git: () => GitContext,
): ResolvedTargets {
  if (v.images.length > 0)
    throw new InputError('images', "with targets, name each image's repositories on its line (images=…)");
  const images = [...new Set(v.targets.flatMap((t) => t.images))];
  const resolved = resolveTags({ ...v, images }, git);
  const targets = v.targets.map((t) => {
    const made = resolved.tags.filter((tag) => t.images.some((image) => tag.startsWith(`${image}:`)));
    return Object.freeze({ ...t, tags: Object.freeze([...new Set([...t.tags, ...made])]) });
  });
  return { ...resolved, targets };
}
