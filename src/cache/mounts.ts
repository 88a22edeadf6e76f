/** The `RUN --mount=type=cache` targets of a Dockerfile: what the Go-cache dance persists between CI runs. */
import { DockerfileParser, type Run } from 'dockerfile-ast';

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

/** Substitutes $NAME and ${NAME} (with :- and - defaults) from vars. Pure. */
export function substitute(text: string, vars: ReadonlyMap<string, string>): string {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_m, braced, op, def, bare) => {
      const name = (braced ?? bare) as string;
      const value = vars.get(name);
      if (op === ':-') return value ? value : (def as string);
      if (op === '-') return value !== undefined ? value : (def as string);
      return value ?? '';
    },
  );
}

/** Cache mounts in order of first use, one per id. Never throws on bad Dockerfiles: returns what it can read. */
export function findCacheMounts(
  dockerfileText: string,
  buildArgs: Readonly<Record<string, string>>,
): CacheMount[] {
  const df = DockerfileParser.parse(dockerfileText);
  const globals = new Map<string, string>();
  for (const arg of df.getInitialARGs()) {
    const prop = arg.getProperty();
    if (!prop) continue;
    const name = prop.getName();
    const value = name in buildArgs ? buildArgs[name] : (prop.getValue() ?? undefined);
    if (value !== undefined) globals.set(name, value);
  }
  const aliases = new Map<string, string>();
  const found = new Map<string, CacheMount>();
  for (const from of df.getFROMs()) {
    const stage = df.getContainingImage(from.getRange().start);
    if (!stage) continue;
    const image = substitute(from.getImage() ?? '', globals);
    const alias = from.getBuildStage();
    // FROM <earlier stage>: the dance needs that stage's base image.
    const base = aliases.get(image.toLowerCase()) ?? image;
    if (alias) aliases.set(alias.toLowerCase(), base);
    for (const ins of stage.getInstructions()) {
      if (ins.getKeyword() !== 'RUN') continue;
      for (const flag of (ins as Run).getFlags()) {
        if (flag.getName() !== 'mount') continue;
        const opts = new Map(flag.getOptions().map((o) => [o.getName().toLowerCase(), o.getValue() ?? '']));
        if (opts.get('type') !== 'cache') continue;
        const target = opts.get('target') ?? opts.get('dst') ?? opts.get('destination');
        if (!target || opts.has('from')) continue;
        const id = opts.get('id') || target;
        if (found.has(id)) continue;
        found.set(id, {
          id,
          target,
          ...(opts.get('uid') ? { uid: opts.get('uid') as string } : {}),
          ...(opts.get('gid') ? { gid: opts.get('gid') as string } : {}),
          ...(opts.get('mode') ? { mode: opts.get('mode') as string } : {}),
          stageBase: base,
          line: ins.getRange().start.line + 1,
        });
      }
    }
  }
  return [...found.values()].filter((m) => m.stageBase !== '' && m.stageBase.toLowerCase() !== 'scratch');
}
