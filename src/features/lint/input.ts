/** What the lint stage reads: the lint input from the discovered facts, and the rule policy of the config. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config/config.js';
import type { DiscoverFacts } from '../../core/facts.js';
import { contextReader, scanGoContext } from '../../dockerfile/context.js';
import type { RulePolicy } from '../../dockerfile/lint.js';
import type { GoModInput, LintInput } from '../../dockerfile/rules/types.js';

const MAX_CONTEXT_ENTRIES = 2000;

/** Top-level names of the build context (directories end with '/'), for the .dockerignore checks. */
export async function contextEntries(contextDir: string): Promise<string[] | undefined> {
  try {
    const entries = await readdir(contextDir, { withFileTypes: true });
    return entries
      .slice(0, MAX_CONTEXT_ENTRIES)
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
      .sort();
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** The lint input from discovered facts: go.sum presence is checked next to each go.mod. */
export async function lintInputFrom(
  facts: DiscoverFacts,
  config: Pick<Config, 'workspace' | 'contextDir' | 'target' | 'platforms' | 'buildArgs'>,
): Promise<LintInput> {
  const goMods: GoModInput[] = [];
  for (const gm of facts.goMods) {
    const goSum = path.join(config.workspace, path.dirname(gm.file), 'go.sum');
    goMods.push({ file: gm.file, mod: gm.mod, hasGoSum: await exists(goSum) });
  }
  const entries = await contextEntries(config.contextDir);
  const goImports = scanGoContext(config.contextDir);
  return {
    file: facts.dockerfile,
    text: facts.dockerfileText,
    goMods,
    ...(facts.dockerignore ? { dockerignore: facts.dockerignore } : {}),
    ...(entries ? { contextEntries: entries } : {}),
    readContextFile: contextReader(config.contextDir),
    ...(goImports ? { goImports } : {}),
    ...(config.target ? { target: config.target } : {}),
    ...(config.platforms.length > 0 ? { platforms: config.platforms } : {}),
    ...(Object.keys(config.buildArgs).length > 0 ? { buildArgs: config.buildArgs } : {}),
  };
}

export function policyFrom(config: Pick<Config, 'lintDisable' | 'lintSeverity'>): RulePolicy {
  return { disable: config.lintDisable, severity: config.lintSeverity };
}
