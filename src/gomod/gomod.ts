/**
 * go.mod parser: a pure function over text, keeping line numbers so findings can point at the exact
 * `require` / `go` / `toolchain` line. Follows the grammar of golang.org/x/mod/modfile for the
 * directives we use; unknown directives are kept but ignored. Never throws: syntax problems are returned.
 */

export interface GoModRequire {
  readonly path: string;
  readonly version: string;
  readonly indirect: boolean;
  readonly line: number;
}

export interface GoModReplace {
  readonly oldPath: string;
  readonly oldVersion?: string;
  readonly newPath: string;
  readonly newVersion?: string;
  readonly line: number;
}

export interface GoModDirective {
  readonly value: string;
  readonly line: number;
}

export interface GoMod {
  readonly module?: GoModDirective;
  readonly go?: GoModDirective;
  readonly toolchain?: GoModDirective;
  readonly requires: readonly GoModRequire[];
  readonly replaces: readonly GoModReplace[];
  readonly excludes: readonly { path: string; version: string; line: number }[];
  readonly problems: readonly { line: number; message: string }[];
}

/** Splits a line into tokens: bare words and "quoted" or `raw` strings; stops at //. */
function tokenize(line: string): { tokens: string[]; comment: string } {
  const tokens: string[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (line.startsWith('//', i)) {
      return { tokens, comment: line.slice(i + 2).trim() };
    } else if (c === '"' || c === '`') {
      let j = i + 1;
      let value = '';
      while (j < line.length && line[j] !== c) {
        if (c === '"' && line[j] === '\\' && j + 1 < line.length) {
          value += line[j + 1];
          j += 2;
        } else {
          value += line[j];
          j++;
        }
      }
      tokens.push(value);
      i = j + 1;
    } else if (c === '(' || c === ')') {
      tokens.push(c);
      i++;
    } else {
      let j = i;
      while (j < line.length && !' \t\r()'.includes(line[j] as string) && !line.startsWith('//', j)) j++;
      tokens.push(line.slice(i, j));
      i = j;
    }
  }
  return { tokens, comment: '' };
}

export function parseGoMod(text: string): GoMod {
  const requires: GoModRequire[] = [];
  const replaces: GoModReplace[] = [];
  const excludes: { path: string; version: string; line: number }[] = [];
  const problems: { line: number; message: string }[] = [];
  const result: { module?: GoModDirective; go?: GoModDirective; toolchain?: GoModDirective } = {};
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  let block: string | undefined;

  const handle = (verb: string, args: string[], comment: string, line: number) => {
    switch (verb) {
      case 'module':
      case 'go':
      case 'toolchain':
        if (args.length !== 1) problems.push({ line, message: `${verb} directive expects one argument` });
        else result[verb] = { value: args[0] as string, line };
        break;
      case 'require':
        if (args.length !== 2)
          problems.push({ line, message: 'require expects a module path and a version' });
        else
          requires.push({
            path: args[0] as string,
            version: args[1] as string,
            indirect: /(^|;\s*)indirect(;|$)/.test(comment),
            line,
          });
        break;
      case 'exclude':
        if (args.length !== 2)
          problems.push({ line, message: 'exclude expects a module path and a version' });
        else excludes.push({ path: args[0] as string, version: args[1] as string, line });
        break;
      case 'replace': {
        const arrow = args.indexOf('=>');
        const left = args.slice(0, arrow);
        const right = args.slice(arrow + 1);
        if (arrow < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
          problems.push({ line, message: 'replace expects: path [version] => path [version]' });
        } else {
          replaces.push({
            oldPath: left[0] as string,
            ...(left[1] !== undefined ? { oldVersion: left[1] } : {}),
            newPath: right[0] as string,
            ...(right[1] !== undefined ? { newVersion: right[1] } : {}),
            line,
          });
        }
        break;
      }
      default:
        // retract, godebug, tool, ignore and future directives: not needed here.
        break;
    }
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    const { tokens, comment } = tokenize(raw);
    if (tokens.length === 0) return;
    if (block !== undefined) {
      if (tokens[0] === ')') {
        block = undefined;
        return;
      }
      handle(block, tokens, comment, line);
      return;
    }
    const [verb, ...rest] = tokens as [string, ...string[]];
    if (rest[0] === '(') {
      if (rest.length > 1 && rest[rest.length - 1] === ')') return; // "require ()"
      block = verb;
      return;
    }
    handle(verb, rest, comment, line);
  });
  if (block !== undefined) problems.push({ line: lines.length, message: `unterminated ${block} block` });
  return { ...result, requires, replaces, excludes, problems };
}

/** The module version that is really built: applies replace directives (version-specific first). */
export function effectiveRequire(mod: GoMod, req: GoModRequire): { path: string; version?: string } {
  const exact = mod.replaces.find((r) => r.oldPath === req.path && r.oldVersion === req.version);
  const any = mod.replaces.find((r) => r.oldPath === req.path && r.oldVersion === undefined);
  const rep = exact ?? any;
  if (!rep) return { path: req.path, version: req.version };
  return rep.newVersion ? { path: rep.newPath, version: rep.newVersion } : { path: rep.newPath };
}
