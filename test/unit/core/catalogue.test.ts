/** The one catalogue against the rule pages, the rule registry and the findings built from it. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUE, CATALOGUE_CODES, findingFor, isCatalogueCode } from '../../../src/core/catalogue.js';
import { RULES } from '../../../src/dockerfile/rules/index.js';
import { STAGE_NAMES } from '../../../src/config/inputs.js';

const docs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/rules');
const pages = readdirSync(docs)
  .filter((f) => /^GC\d+\.md$/.test(f))
  .map((f) => f.replace(/\.md$/, ''))
  .sort();
const index = readFileSync(path.join(docs, 'README.md'), 'utf8');

describe('the catalogue', () => {
  test('every code has a page and every page a code', () => {
    expect(pages).toEqual([...CATALOGUE_CODES]);
  });

  test.each(CATALOGUE_CODES.map((c) => [c]))('%s: the page says the same title and severity', (code) => {
    const page = readFileSync(path.join(docs, `${code}.md`), 'utf8');
    const entry = CATALOGUE[code];
    expect(page.split('\n')[0]).toBe(`# ${code}: ${entry.title}`);
    expect(page).toContain(`Default severity: **${entry.severity}**`);
    expect(index).toContain(`[${code}](${code}.md)`);
  });

  test('every entry is complete, and names real stages', () => {
    for (const code of CATALOGUE_CODES) {
      const e = CATALOGUE[code];
      expect(e.title.length).toBeGreaterThan(3);
      expect(e.description.length).toBeGreaterThan(20);
      expect(e.fix.length).toBeGreaterThan(10);
      expect(e.stages.length).toBeGreaterThan(0);
      for (const s of e.stages) expect(STAGE_NAMES).toContain(s);
    }
  });

  test('the lint rules are exactly the codes the lint stage reports', () => {
    const lint = CATALOGUE_CODES.filter((c) => (CATALOGUE[c].stages as readonly string[]).includes('lint'));
    expect(RULES.map((r) => r.code).sort()).toEqual(lint);
  });

  test('the index names no code outside the catalogue', () => {
    const named = [...index.matchAll(/\[(GC\d+)\]\(/g)].map((m) => m[1] as string);
    expect(named.filter((c) => !isCatalogueCode(c))).toEqual([]);
  });
});

describe('findingFor', () => {
  test('takes title, severity, fix and docs from the catalogue', () => {
    const f = findingFor('GC310', { message: 'm', stage: 'build', file: 'Dockerfile' });
    expect(f).toMatchObject({
      code: 'GC310',
      title: CATALOGUE.GC310.title,
      severity: CATALOGUE.GC310.severity,
      fix: CATALOGUE.GC310.fix,
      message: 'm',
      stage: 'build',
      file: 'Dockerfile',
    });
    expect(f.docsUrl).toMatch(/GC310\.md$/);
  });

  test('a finding may override severity and fix, never the title or docs', () => {
    const f = findingFor('GC101', { message: 'm', stage: 'lint', severity: 'error', fix: 'do this' });
    expect(f).toMatchObject({ severity: 'error', fix: 'do this', title: CATALOGUE.GC101.title });
  });
});
