/**
 * No function in src/ longer than MAX_LINES: every function declaration, method, accessor, constructor,
 * function expression and arrow function is measured with the TypeScript compiler API (its own lines, from
 * the start of its declaration to its closing brace; nested functions count in their parent too).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const MAX_LINES = 120;
const root = fileURLToPath(new URL('../../', import.meta.url));

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

interface LongFunction {
  readonly where: string;
  readonly lines: number;
}

/** Every function with a body in the text: its 1-based first line and its length in lines. */
function functionLengths(name: string, text: string): { line: number; lines: number }[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: { line: number; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      out.push({ line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function longFunctions(file: string): LongFunction[] {
  return functionLengths(file, readFileSync(file, 'utf8'))
    .filter((f) => f.lines > MAX_LINES)
    .map((f) => ({ where: `${relative(root, file)}:${f.line}`, lines: f.lines }));
}

describe('function length', () => {
  it(`finds no function in src/ longer than ${MAX_LINES} lines`, () => {
    const long = tsFiles(join(root, 'src')).flatMap(longFunctions);
    const report = long.map((f) => `${f.where} (${f.lines} lines)`);
    expect(report).toEqual([]);
  });

  it('measures a long arrow function and a method', () => {
    const body = Array.from({ length: MAX_LINES }, (_, i) => `  x += ${i};`).join('\n');
    const text = `const f = () => {\n  let x = 0;\n${body}\n};\nclass C { m() { return 1; } }\n`;
    expect(functionLengths('sample.ts', text)).toEqual([
      { line: 1, lines: MAX_LINES + 3 },
      { line: MAX_LINES + 4, lines: 1 },
    ]);
  });
});
