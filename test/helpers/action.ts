/** Runs the bundled action (dist/index.js) as the GitHub runner does: INPUT_* variables and command files. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ActionRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly runnerTemp: string;
}

/** Parses a GITHUB_OUTPUT file: `name<<DELIM\nvalue\nDELIM` blocks and `name=value` lines. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i] as string);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

/** INPUT_ names as the runner makes them: upper case, spaces to _, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export async function runBundledAction(opts: {
  workspace: string;
  inputs: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** The bundled action; default dist/index.js of this checkout (callers bundled elsewhere name it). */
  entry?: string;
}): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'gcc-runner-'));
  const outputFile = path.join(runnerTemp, 'output.txt');
  const summaryFile = path.join(runnerTemp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    ...(opts.env ?? process.env),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
  };
  for (const [k, v] of Object.entries(opts.inputs)) env[inputEnvName(k)] = v;
  const child = spawn(process.execPath, [opts.entry ?? path.join(REPO_ROOT, 'dist', 'index.js')], {
    cwd: opts.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 540_000);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  clearTimeout(timer);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseCommandFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    runnerTemp,
  };
}
