/**
 * The file system side of the build-push-action inputs, checked once with the rest of the config: named build
 * contexts that are directories stay inside the workspace (like `context`), and every secret file exists.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from './errors.js';
import type { NamedContext, SecretFile } from './build-inputs.js';

/** Resolves a path input inside the workspace or throws InputError (config.ts's insideWorkspace). */
export type InsideWorkspace = (input: string, workspace: string, value: string) => string;

export function buildInputPathErrors(
  v: { readonly buildContexts: readonly NamedContext[]; readonly secretFiles: readonly SecretFile[] },
  workspace: string,
  insideWorkspace: InsideWorkspace,
): InputError[] {
  const errors: InputError[] = [];
  for (const c of v.buildContexts.filter((b) => b.isPath)) {
    try {
      const dir = insideWorkspace('build-contexts', workspace, c.value);
      if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
        errors.push(new InputError('build-contexts', `${c.name}: ${dir} is not a directory`));
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else throw e;
    }
  }
  for (const s of v.secretFiles) {
    const file = path.resolve(workspace, s.path);
    if (!statSync(file, { throwIfNoEntry: false })?.isFile())
      errors.push(new InputError('secret-files', `${s.id}: the file ${file} does not exist`));
  }
  return errors;
}
