/** No file the repository tracks keeps a merge conflict: prettier and the compilers let one through in Markdown. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/action.js';

/** The 1-based lines of a text that open or close a conflict (the middle `=======` alone could be Markdown). Pure. */
export function conflictLines(text: string): number[] {
  const lines = text.split('\n');
  return lines.flatMap((l, i) => (/^(<{7}|>{7})( |$)/.test(l) ? [i + 1] : []));
}

describe('merge conflicts', () => {
  it('finds the markers git writes', () => {
    expect(conflictLines('a\n<<<<<<< HEAD\nb\n=======\nc\n>>>>>>> main\n')).toEqual([2, 6]);
    expect(conflictLines('Title\n=======\n<<<<<<<< not eight\n')).toEqual([]);
  });

  it('none is left in a tracked text file', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' })
      .split('\0')
      .filter(
        (f) => /\.(ts|mjs|js|json|md|ya?ml|sh|toml|go|mod|txt)$|Dockerfile/.test(f) && !f.startsWith('dist/'),
      );
    const found = files.flatMap((f) => {
      const text = readFileSync(path.join(REPO_ROOT, f), 'utf8');
      return conflictLines(text).map((line) => `${f}:${line}`);
    });
    expect(found).toEqual([]);
  });
});
