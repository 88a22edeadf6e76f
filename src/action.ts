/** GitHub Action entry point (bundled to dist/index.js). */
import * as core from '@actions/core';
import path from 'node:path';
import { buildConfig } from './config/config.js';
import { ConfigError } from './core/errors.js';
import { GitHubHost } from './host/github.js';
import { runAll } from './run.js';

async function main(): Promise<void> {
  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const host = new GitHubHost();
  let config;
  try {
    // Secret inputs are masked before they are parsed: an input error cannot print one.
    config = buildConfig(
      (name) => core.getInput(name),
      { workspace, defaultReportDir: path.join(host.tempDir, 'report') },
      (secret) => host.mask(secret),
    );
  } catch (e) {
    if (e instanceof ConfigError) {
      for (const err of e.errors)
        core.error(err.message, { title: `go-container-ci: bad input '${err.input}'` });
      core.setFailed(`invalid inputs:\n${e.message}`);
      return;
    }
    throw e;
  }
  const { verdict } = await runAll(config, host);
  if (!verdict.ok) core.setFailed(verdict.reason);
}

main().catch((e: unknown) => {
  core.setFailed(`go-container-ci crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
});
