/** The `RUN --mount=type=cache` targets of a Dockerfile: what the Go-cache dance persists between CI runs. */
import { buildModel } from '../dockerfile/model.js';

export interface CacheMount {
  /** BuildKit's identity of the cache: the `id` option, or the target when there is none. */
  readonly id: string;
  readonly target: string;
  readonly uid?: string;
  readonly gid?: string;
  readonly mode?: string;
  /** The base image of the stage that uses it (ARGs substituted): it has the shell the dance needs. */
  readonly stageBase: string;
  /** 1-based line of the RUN instruction. */
  readonly line: number;
}

/**
 * Cache mounts of the stages that are built (the target and what it depends on), in order of first use, one
 * per id. Never throws on bad Dockerfiles: returns what it can read.
 */
export function findCacheMounts(
  dockerfileText: string,
  buildArgs: Readonly<Record<string, string>>,
  target?: string,
): CacheMount[] {
  const model = buildModel(dockerfileText, { buildArgs, ...(target ? { target } : {}) });
  const found = new Map<string, CacheMount>();
  for (const stage of model.stages) {
    if (!model.used.has(stage.index) || stage.from.unresolved) continue;
    const base = stage.rootImage;
    if (!base || base.toLowerCase() === 'scratch') continue;
    for (const step of stage.steps) {
      if (step.keyword !== 'RUN') continue;
      for (const m of step.mounts) {
        if (m.type !== 'cache' || !m.target || m.from) continue;
        const id = m.id || m.target;
        if (found.has(id)) continue;
        const mode = m.options.get('mode');
        found.set(id, {
          id,
          target: m.target,
          ...(m.uid ? { uid: m.uid } : {}),
          ...(m.gid ? { gid: m.gid } : {}),
          ...(mode ? { mode } : {}),
          stageBase: base,
          line: step.span.start.line,
        });
      }
    }
  }
  return [...found.values()];
}

/** The cache mounts of several targets' builds (the targets input), each id once, in the targets' order. */
export function findTargetsCacheMounts(
  dockerfileText: string,
  buildArgs: Readonly<Record<string, string>>,
  targets: readonly (string | undefined)[],
): CacheMount[] {
  const found = new Map<string, CacheMount>();
  for (const target of targets)
    for (const m of findCacheMounts(dockerfileText, buildArgs, target))
      if (!found.has(m.id)) found.set(m.id, m);
  return [...found.values()];
}
