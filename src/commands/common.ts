import os from 'node:os';
import type { ExtraFlag } from '../cli/args.js';
import path from 'node:path';
import { buildConfig, type Config } from '../config/config.js';
import type { ParsedArgs } from '../cli/args.js';
import { LocalHost } from '../host/local.js';

export const LOCAL_FLAGS: readonly ExtraFlag[] = [
  {
    name: 'cache-dir',
    description: 'Directory that keeps caches between runs (the local stand-in for @actions/cache).',
  },
  { name: 'verbose', description: 'Print debug lines.', boolean: true },
];

export function defaultCacheDir(): string {
  return path.join(
    process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'),
    'go-container-ci',
    'cache',
  );
}

/** Config and a LocalHost from parsed CLI arguments; the report goes to ./go-container-ci-report by default. */
export function localSetup(args: ParsedArgs, cwd = process.cwd()): { config: Config; host: LocalHost } {
  const workspace = path.resolve(cwd);
  const config = buildConfig((name) => args.inputs.get(name), {
    workspace,
    defaultReportDir: path.join(workspace, 'go-container-ci-report'),
  });
  const host = new LocalHost({
    reportDir: config.reportPath,
    cacheDir: args.extra.get('cache-dir') ?? defaultCacheDir(),
    verbose: args.extra.get('verbose') === 'true',
  });
  return { config, host };
}
