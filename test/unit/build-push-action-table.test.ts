/**
 * The migration table (src/config/build-push-action.ts) against build-push-action v7's real input names, our input
 * table, and docs/migrate.md (generated section current; every `with:` of our action names a real input).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import {
  BUILD_PUSH_INPUTS,
  BUILD_PUSH_OUTPUTS,
  withBuildPushTables,
} from '../../src/config/build-push-action.js';
import { INPUTS } from '../../src/config/inputs.js';
import { OUTPUTS } from '../../src/report/outputs.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const UPSTREAM = JSON.parse(
  readFileSync(path.join(ROOT, 'test', 'fixtures', 'build-push-action-v7-inputs.json'), 'utf8'),
) as { inputs: string[]; outputs: string[] };
const OUR_INPUTS = new Set(Object.values(INPUTS).map((s) => s.name));
const known = (name: string) => OUR_INPUTS.has(name);

describe('build-push-action migration table', () => {
  it('lists every input and output of build-push-action v7, once', () => {
    expect(BUILD_PUSH_INPUTS.map((e) => e.name).sort()).toEqual([...UPSTREAM.inputs].sort());
    expect(BUILD_PUSH_OUTPUTS.map((e) => e.name).sort()).toEqual([...UPSTREAM.outputs].sort());
  });

  it('each equivalent is an input (or output) here; none is explained', () => {
    for (const e of BUILD_PUSH_INPUTS) {
      if (e.equivalence === 'none') expect(e.note.length).toBeGreaterThan(20);
      else expect({ input: e.name, known: known(e.ours ?? '') }).toEqual({ input: e.name, known: true });
    }
    for (const e of BUILD_PUSH_OUTPUTS) expect(Object.keys(OUTPUTS)).toContain(e.ours);
  });

  it('docs/migrate.md carries the current generated tables', () => {
    const doc = readFileSync(path.join(ROOT, 'docs', 'migrate.md'), 'utf8');
    expect(withBuildPushTables(doc)).toBe(doc);
    expect(() => withBuildPushTables('no markers')).toThrow(/markers are missing/);
  });

  it("the page's workflows are YAML, and our steps use only inputs that exist", () => {
    const doc = readFileSync(path.join(ROOT, 'docs', 'migrate.md'), 'utf8');
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(blocks).toHaveLength(6);
    let ours = 0;
    for (const block of blocks) {
      const wf = parse(block) as { steps: { uses?: string; with?: Record<string, unknown> }[] };
      for (const step of wf.steps) {
        if (!step.uses?.startsWith('go-container-ci/go-container-ci@')) continue;
        ours++;
        for (const key of Object.keys(step.with ?? {}))
          expect({ key, known: known(key) }).toEqual({ key, known: true });
      }
    }
    expect(ours).toBe(3);
  });
});
