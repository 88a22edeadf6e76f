/**
 * The layers of src/ (docs/architecture.md, "Layers and folders"), checked on the real import graph:
 * - core/ is the bottom: it never imports a feature or a front door;
 * - libraries (every other folder) never import a feature or a front door;
 * - a feature never imports another feature (what two share lives in core/ or a library);
 * - no import cycle anywhere, type-only imports included.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cycles, importGraph } from '../../helpers/import-graph.js';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src');
const graph = importGraph(src);

const FRONT_DOORS = ['action.ts', 'cli.ts', 'run.ts', 'run-targets.ts', 'commands/', 'cli/'];
const isFrontDoor = (f: string): boolean => FRONT_DOORS.some((d) => f === d || f.startsWith(d));
const featureOf = (f: string): string | undefined => /^features\/([^/]+)\//.exec(f)?.[1];
const isFeatureIndex = (f: string): boolean => f === 'features/index.ts';

function violations(rule: (from: string, to: string) => boolean): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph)
    for (const to of targets) if (rule(from, to)) out.push(`${from} -> ${to}`);
  return out;
}

describe('the import graph of src/', () => {
  test('is read (sanity: the files the rules talk about exist)', () => {
    expect(graph.has('core/context.ts')).toBe(true);
    expect(graph.has('features/index.ts')).toBe(true);
    expect([...graph.keys()].filter((f) => featureOf(f)).length).toBeGreaterThanOrEqual(15);
  });

  test('has no cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  test('core/ imports no feature and no front door', () => {
    expect(
      violations((from, to) => from.startsWith('core/') && (to.startsWith('features/') || isFrontDoor(to))),
    ).toEqual([]);
  });

  test('libraries import no feature and no front door', () => {
    const isLibrary = (f: string): boolean => !f.startsWith('features/') && !isFrontDoor(f);
    expect(
      violations((from, to) => isLibrary(from) && (to.startsWith('features/') || isFrontDoor(to))),
    ).toEqual([]);
  });

  test('a feature imports no other feature', () => {
    expect(
      violations((from, to) => {
        const a = featureOf(from);
        const b = featureOf(to);
        return a !== undefined && b !== undefined && a !== b;
      }),
    ).toEqual([]);
    expect(violations((from, to) => isFeatureIndex(to) && !isFrontDoor(from))).toEqual([]);
  });
});

describe('cycles()', () => {
  test('finds a two-file knot and a self import, and nothing in a chain', () => {
    const g = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['a.ts', 'c.ts']],
      ['c.ts', ['d.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    expect(cycles(g)).toEqual([['a.ts', 'b.ts'], ['e.ts']]);
  });
});
