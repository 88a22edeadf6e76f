/** A small, strict argument parser for the CLI: flags come from the input table, so names match action.yml. */
import { INPUTS, type InputKey } from '../config/inputs.js';

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ExtraFlag {
  readonly name: string;
  readonly description: string;
  readonly boolean?: boolean;
  readonly default?: string;
}

export interface ParsedArgs {
  /** Raw input values by input name (lists joined with newlines), as the action would receive them. */
  readonly inputs: ReadonlyMap<string, string>;
  /** Values of the command's own flags. */
  readonly extra: ReadonlyMap<string, string>;
  readonly positionals: readonly string[];
}

/** Parses `--name value`, `--name=value`, `--flag`, `--no-flag` and positionals; `--` ends flags. */
export function parseArgs(argv: readonly string[], extraFlags: readonly ExtraFlag[] = []): ParsedArgs {
  const byName = new Map<string, { list: boolean; boolean: boolean; input: boolean }>();
  for (const key of Object.keys(INPUTS) as InputKey[]) {
    const s = INPUTS[key];
    byName.set(s.name, { list: s.list === true, boolean: s.flag === true, input: true });
  }
  for (const f of extraFlags) byName.set(f.name, { list: false, boolean: f.boolean === true, input: false });
  const inputs = new Map<string, string>();
  const extra = new Map<string, string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '--') {
      if (arg.startsWith('-') && arg !== '-')
        throw new UsageError(`unknown option '${arg}' (options are spelled --name)`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    let name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : undefined;
    let known = byName.get(name);
    if (!known && name.startsWith('no-') && byName.get(name.slice(3))?.boolean && value === undefined) {
      name = name.slice(3);
      known = byName.get(name);
      value = 'false';
    }
    if (!known) throw new UsageError(`unknown option '--${name}' (see --help)`);
    if (value === undefined) {
      if (known.boolean) value = 'true';
      else {
        const next = argv[i + 1];
        if (next === undefined) throw new UsageError(`option '--${name}' needs a value`);
        value = next;
        i++;
      }
    }
    const target = known.input ? inputs : extra;
    const prev = target.get(name);
    if (prev !== undefined && !known.list) throw new UsageError(`option '--${name}' is given twice`);
    target.set(name, prev !== undefined ? `${prev}\n${value}` : value);
  }
  return { inputs, extra, positionals };
}

/** The options part of --help, from the input table. */
export function inputsHelp(): string {
  return (Object.keys(INPUTS) as InputKey[])
    .map((k) => {
      const s = INPUTS[k];
      const arg = s.flag ? '' : s.list ? ' VALUE…' : ' VALUE';
      const def = s.default && !s.secret ? ` (default: ${s.default})` : '';
      return `  --${s.name}${arg}\n      ${s.description}${def}`;
    })
    .join('\n');
}
