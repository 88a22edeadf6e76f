import type { GoModFile, DiscoverFacts } from '../../core/facts.js';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PipelineStage } from '../../core/stage.js';
import { parseGoMod } from '../../gomod/gomod.js';
import { InputError } from '../../config/errors.js';

const MAX_DOCKERFILE_BYTES = 4 * 1024 * 1024;
const SKIP_DIRS = new Set(['.git', 'node_modules', 'vendor', 'testdata', '.cache']);
const MAX_GOMOD_SEARCH_DEPTH = 4;

export function toPosixRelative(workspace: string, abs: string): string {
  return path.relative(workspace, abs).split(path.sep).join('/');
}

/** A file's text, or undefined when there is none; a file too large to be what it claims is an input error. */
async function readIfFile(
  file: string,
  maxBytes: number,
  input: string,
  workspace: string,
): Promise<string | undefined> {
  try {
    const s = await stat(file);
    if (!s.isFile()) return undefined;
    // A symbolic link (or a directory link above the file) out of the workspace is not read.
    const [real, root] = await Promise.all([realpath(file), realpath(workspace)]);
    const rel = path.relative(root, real);
    if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel))
      throw new InputError(
        input,
        `${file} is a symbolic link (or under one) to ${real}, outside the workspace ${workspace}`,
      );
    if (s.size > maxBytes)
      throw new InputError(input, `${file} is ${s.size} bytes; the limit is ${maxBytes} bytes`);
    return await readFile(file, 'utf8');
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP') return undefined;
    throw new InputError(input, `${file} cannot be read: ${(e as Error).message}`);
  }
}

/** go.mod files under dir (shallow: modules nest rarely deeper), skipping vendor, testdata, .git. */
export async function findGoMods(dir: string, depth = 0): Promise<string[]> {
  if (depth > MAX_GOMOD_SEARCH_DEPTH) return [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.isFile() && e.name === 'go.mod') found.push(path.join(dir, e.name));
  }
  for (const e of entries) {
    if (e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) {
      found.push(...(await findGoMods(path.join(dir, e.name), depth + 1)));
    }
  }
  return found;
}

export const discoverStage: PipelineStage = {
  name: 'discover',
  description: 'Find the Dockerfile, .dockerignore and go.mod files, and the Go version the module asks for.',
  skip: () => undefined,
  async run(ctx) {
    const { config } = ctx;
    const contextStat = await stat(config.contextDir).catch(() => undefined);
    if (!contextStat?.isDirectory())
      throw new InputError('context', `${config.contextDir} is not a directory`);
    const dockerfileText = await readIfFile(
      config.dockerfilePath,
      MAX_DOCKERFILE_BYTES,
      'dockerfile',
      config.workspace,
    );
    if (dockerfileText === undefined && config.image) {
      // An existing image is analysed: the sources are optional (they only place findings on lines).
      ctx.host.log.info(`no Dockerfile at ${config.dockerfilePath}: lint and snapshot have nothing to read`);
      return;
    }
    if (dockerfileText === undefined) {
      throw new InputError(
        'dockerfile',
        `no Dockerfile at ${config.dockerfilePath} (set the dockerfile input to its path)`,
      );
    }
    // BuildKit reads <Dockerfile>.dockerignore first, then <context>/.dockerignore.
    let dockerignore: DiscoverFacts['dockerignore'];
    for (const candidate of [
      `${config.dockerfilePath}.dockerignore`,
      path.join(config.contextDir, '.dockerignore'),
    ]) {
      const text = await readIfFile(candidate, MAX_DOCKERFILE_BYTES, 'context', config.workspace);
      if (text !== undefined) {
        dockerignore = { file: toPosixRelative(config.workspace, candidate), text };
        break;
      }
    }
    const goMods: GoModFile[] = [];
    for (const file of await findGoMods(config.contextDir)) {
      const text = await readIfFile(file, MAX_DOCKERFILE_BYTES, 'context', config.workspace);
      if (text !== undefined)
        goMods.push({ file: toPosixRelative(config.workspace, file), mod: parseGoMod(text) });
    }
    const main = goMods[0]?.mod;
    const goVersion = main?.toolchain?.value.replace(/^go/, '') ?? main?.go?.value;
    ctx.facts.discover = {
      dockerfile: toPosixRelative(config.workspace, config.dockerfilePath),
      dockerfileText,
      ...(dockerignore ? { dockerignore } : {}),
      goMods,
      ...(goVersion ? { goVersion } : {}),
    };
    ctx.host.log.info(
      `Dockerfile ${ctx.facts.discover.dockerfile}; ${goMods.length} go.mod file(s)${goVersion ? `; Go ${goVersion}` : ''}`,
    );
  },
};
