/**
 * The one way we run external programs: an argument array (never a shell string), an explicit environment,
 * a timeout that kills the whole process tree, and errors that carry the tail of stderr.
 *
 * @actions/exec cannot kill a process tree on timeout, so this wraps node:child_process directly; @actions/io
 * resolves executables the way the runner does.
 */
import { spawn } from 'node:child_process';
import { constants as fsConstants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { childEnv, toolOf } from './env-policy.js';

export interface RunOptions {
  readonly cwd?: string;
  /**
   * The full environment of the child. Default: what src/tools/env-policy.ts allows this program to see of this
   * process's environment (never all of it).
   */
  readonly env?: NodeJS.ProcessEnv;
  /** Kill the process tree after this many milliseconds. Default: no timeout. */
  readonly timeoutMs?: number;
  /** Written to the child's stdin, then closed. */
  readonly input?: string | Buffer;
  /** Exit codes that are not errors. Default: [0]. */
  readonly okExitCodes?: readonly number[];
  /** Called for each complete line of stdout/stderr, as it arrives. */
  readonly onStdoutLine?: (line: string) => void;
  readonly onStderrLine?: (line: string) => void;
  /** Largest stdout kept, in bytes (beyond it the run fails). Default 512 MiB. */
  readonly maxStdoutBytes?: number;
  /** How to get the tool, said when it is missing. */
  readonly installHint?: string;
}

export interface RunResult {
  readonly exitCode: number;
  readonly stdout: string;
  /** The last 64 KiB of stderr. */
  readonly stderr: string;
  readonly durationMs: number;
}

export class ToolError extends Error {
  constructor(
    readonly tool: string,
    message: string,
  ) {
    super(message);
    this.name = 'ToolError';
  }
}

export class ToolNotFoundError extends ToolError {
  constructor(tool: string, hint?: string) {
    super(tool, `${tool} was not found on PATH${hint ? `: ${hint}` : ''}`);
    this.name = 'ToolNotFoundError';
  }
}

export class ToolFailedError extends ToolError {
  constructor(
    tool: string,
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly signal: string | null,
    readonly stderrTail: string,
  ) {
    const how = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
    const tail = stderrTail.trim() ? `\n--- last lines of stderr ---\n${lastLines(stderrTail, 20)}` : '';
    super(tool, `${tool} ${args[0] ?? ''} ${how}${tail}`);
    this.name = 'ToolFailedError';
  }
}

export class ToolTimeoutError extends ToolError {
  constructor(tool: string, timeoutMs: number, stderrTail: string) {
    const tail = stderrTail.trim() ? `\n--- last lines of stderr ---\n${lastLines(stderrTail, 20)}` : '';
    super(
      tool,
      `${tool} did not finish within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`} and was killed with its child processes${tail}`,
    );
    this.name = 'ToolTimeoutError';
  }
}

export function lastLines(text: string, n: number): string {
  return text.replace(/\s+$/, '').split('\n').slice(-n).join('\n');
}

const STDERR_TAIL_BYTES = 64 * 1024;
const KILL_GRACE_MS = 3000;

/** Finds an executable the way a shell would, without a shell. */
export async function which(tool: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const candidates = tool.includes('/')
    ? [tool]
    : (env.PATH ?? '')
        .split(path.delimiter)
        .filter(Boolean)
        .map((dir) => path.join(dir, tool));
  for (const candidate of candidates) {
    try {
      await access(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Splits a stream into lines for a callback; flush() emits the last partial line. */
function lineSplitter(onLine: ((line: string) => void) | undefined) {
  let pending = '';
  return {
    push(chunk: string) {
      if (!onLine) return;
      pending += chunk;
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        onLine(pending.slice(0, nl));
        pending = pending.slice(nl + 1);
      }
    },
    flush() {
      if (onLine && pending) onLine(pending);
      pending = '';
    },
  };
}

export async function run(tool: string, args: readonly string[], opts: RunOptions = {}): Promise<RunResult> {
  const env = opts.env ?? childEnv(toolOf(tool), process.env);
  const file = await which(tool, env);
  if (!file) throw new ToolNotFoundError(tool, opts.installHint);
  const started = performance.now();
  const maxStdout = opts.maxStdoutBytes ?? 512 * 1024 * 1024;

  return new Promise<RunResult>((resolve, reject) => {
    const child = spawn(file, [...args], {
      cwd: opts.cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Own process group, so a timeout can kill the tool and everything it started.
      detached: true,
    });
    const stdoutChunks: Buffer[] = [];
    let stdoutBytes = 0;
    let stderrTail = '';
    let timedOut = false;
    let overflow = false;
    const outLines = lineSplitter(opts.onStdoutLine);
    const errLines = lineSplitter(opts.onStderrLine);

    const killTree = (signal: NodeJS.Signals) => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    let killTimer: NodeJS.Timeout | undefined;
    const timer =
      opts.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            killTree('SIGTERM');
            killTimer = setTimeout(() => killTree('SIGKILL'), KILL_GRACE_MS);
          }, opts.timeoutMs)
        : undefined;

    child.stdout.on('data', (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdout) {
        if (!overflow) {
          overflow = true;
          killTree('SIGKILL');
        }
        return;
      }
      stdoutChunks.push(chunk);
      outLines.push(chunk.toString('utf8'));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      stderrTail = (stderrTail + text).slice(-STDERR_TAIL_BYTES);
      errLines.push(text);
    });
    child.stdin.on('error', () => {
      // The tool may exit without reading its input; the exit code tells what happened.
    });
    if (opts.input !== undefined) child.stdin.end(opts.input);
    else child.stdin.end();

    child.on('error', (err) => {
      if (timer) clearTimeout(timer);
      reject(new ToolError(tool, `${tool} could not be started: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      // The leader is gone; make sure nothing it started outlives it.
      if (timedOut || overflow) killTree('SIGKILL');
      if (killTimer) clearTimeout(killTimer);
      outLines.flush();
      errLines.flush();
      const durationMs = Math.round(performance.now() - started);
      if (timedOut) return reject(new ToolTimeoutError(tool, opts.timeoutMs ?? 0, stderrTail));
      if (overflow)
        return reject(
          new ToolError(tool, `${tool} printed more than ${maxStdout} bytes on stdout and was stopped`),
        );
      const exitCode = code ?? -1;
      if (signal || !(opts.okExitCodes ?? [0]).includes(exitCode)) {
        return reject(new ToolFailedError(tool, args, code, signal, stderrTail));
      }
      resolve({
        exitCode,
        stdout: Buffer.concat(stdoutChunks).toString('utf8'),
        stderr: stderrTail,
        durationMs,
      });
    });
  });
}

/** Parses a tool's JSON output, or fails with an error naming the tool and showing the start of the text. */
export function parseToolJson<T>(tool: string, what: string, text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    const start = text.slice(0, 200).replace(/\s+/g, ' ');
    throw new ToolError(
      tool,
      `${tool} printed invalid JSON for ${what} (${(e as Error).message}); it began: ${start || '(empty)'}`,
    );
  }
}
