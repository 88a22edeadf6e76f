/**
 * Lint with the targets input: the Dockerfile once per image, each with its stage as the final one (the rules
 * on what runs, the ENTRYPOINT and the user read the final stage). A finding every image's lint made is the
 * run's; one only some made names them (Finding.images), so it holds back only those images.
 */
import type { Config } from '../../config/config.js';
import { configForTarget } from '../../config/target-config.js';
import type { DiscoverFacts } from '../../core/facts.js';
import { findingFingerprint, type Finding } from '../../core/finding.js';
import { lintDockerfile } from '../../dockerfile/lint.js';
import { lintInputFrom, policyFrom } from './input.js';

type LintResult = ReturnType<typeof lintDockerfile>;

/** The findings of several images' lints, each once, with the images it applies to when not all. Pure. */
export function mergeImageFindings(
  perImage: readonly { name: string; findings: readonly Finding[] }[],
): Finding[] {
  const merged = new Map<string, { finding: Finding; images: string[] }>();
  for (const { name, findings } of perImage)
    for (const finding of findings) {
      const key = findingFingerprint(finding);
      const entry = merged.get(key) ?? { finding, images: [] };
      if (!entry.images.includes(name)) entry.images.push(name);
      merged.set(key, entry);
    }
  return [...merged.values()].map(({ finding, images }) =>
    images.length === perImage.length ? finding : { ...finding, images },
  );
}

export async function lintTargets(
  facts: DiscoverFacts,
  config: Config,
): Promise<LintResult & { imageModels: Record<string, LintResult['model']> }> {
  const results: { name: string; result: LintResult }[] = [];
  for (const target of config.targets) {
    const input = await lintInputFrom(facts, configForTarget(config, target));
    results.push({ name: target.name, result: lintDockerfile(input, policyFrom(config)) });
  }
  const first = results[0]?.result;
  if (!first) throw new Error('lintTargets: no targets');
  return {
    ...first,
    errors: [...new Set(results.flatMap(({ result }) => result.errors))],
    findings: mergeImageFindings(results.map(({ name, result }) => ({ name, findings: result.findings }))),
    imageModels: Object.fromEntries(results.map(({ name, result }) => [name, result.model])),
  };
}
