/**
 * Retries of the push: a registry that is briefly unreachable (refused connections, timeouts, 502/503/504)
 * should not fail a build that already succeeded. The failure is classified from what buildx printed; only
 * network failures of the push are retried, by running the same build again (BuildKit's cache is warm, so
 * only the export and the push run again), with exponential backoff. Build steps that fail are never retried.
 */
import { parseImageReference } from '../config/reference.js';
import { ToolError } from '../tools/exec.js';
import { BuildFailedError } from '../tools/buildx.js';

/** Network failures worth another attempt, as BuildKit and Go's net/http word them. */
const NETWORK_FAILURES: readonly { readonly re: RegExp; readonly reason: string }[] = [
  { re: /connection refused/i, reason: 'connection refused' },
  { re: /connection reset by peer/i, reason: 'connection reset by peer' },
  { re: /TLS handshake timeout/i, reason: 'TLS handshake timeout' },
  { re: /i\/o timeout/i, reason: 'i/o timeout' },
  { re: /no route to host/i, reason: 'no route to host' },
  { re: /\b502\b|Bad Gateway/i, reason: '502 Bad Gateway' },
  { re: /\b503\b|Service Unavailable/i, reason: '503 Service Unavailable' },
  { re: /\b504\b|Gateway Time-?out/i, reason: '504 Gateway Timeout' },
  { re: /context deadline exceeded/i, reason: 'timeout (context deadline exceeded)' },
  { re: /unexpected EOF/i, reason: 'the connection was closed mid-transfer (unexpected EOF)' },
];

/** Words BuildKit and buildx use when the failure happened while pushing (not in a build step). */
const PUSH_CONTEXT =
  /failed to push|error pushing|pushing layers|pushing manifest|push access|exporting to image/i;

export interface PushFailure {
  /** The network failure in a few words (e.g. `connection refused`). */
  readonly reason: string;
}

/**
 * Whether a failed build failed while pushing, for a network reason: then it is worth another attempt.
 * Pure; never throws. A failure inside a Dockerfile step (`[stage 2/5] RUN …`) is never a push failure, even
 * when its message says `i/o timeout` (a module download, say).
 */
export function classifyPushFailure(error: unknown): PushFailure | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error instanceof BuildFailedError && error.step && /^\s*\[/.test(error.step.name)) return undefined;
  const text = error.message;
  // The failing step's error, else what buildx printed last (its "ERROR: failed to solve: …" line).
  if (!PUSH_CONTEXT.test(text)) return undefined;
  const hit = NETWORK_FAILURES.find((n) => n.re.test(text));
  return hit ? { reason: hit.reason } : undefined;
}

/** The registries (host[:port]) of the tags, in order, without duplicates. */
export function registriesOf(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const r = parseImageReference(t)?.registry;
    if (r && !out.includes(r)) out.push(r);
  }
  return out;
}

/** A push that kept failing for a network reason: says which registry and what to check. */
export class PushFailedError extends ToolError {
  constructor(
    readonly registries: readonly string[],
    readonly attempts: number,
    readonly reason: string,
    readonly lastError: Error,
  ) {
    const where = registries.length > 0 ? registries.join(', ') : 'the registry';
    super(
      'docker buildx',
      `could not push to ${where} after ${attempts} attempt(s): ${reason}. The image was built; the registry ` +
        `did not take it. Check that ${where} is up and reachable from the BuildKit builder (address, port, ` +
        `proxy, firewall), that the builder trusts its TLS certificate (or is configured for plain HTTP), ` +
        `and that the job is logged in to it (docker login).\n--- last error ---\n${firstLines(lastError.message, 12)}`,
    );
    this.name = 'PushFailedError';
  }
}

function firstLines(text: string, n: number): string {
  return text.split('\n').slice(0, n).join('\n');
}

export interface PushRetryOptions {
  /** Attempts, the first included. Default 3. */
  readonly attempts?: number;
  /** The wait before retry n (1-based) is baseDelayMs * 2^(n-1). Default 2000. */
  readonly baseDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** The registries of the tags, named in the final error. */
  readonly registries: readonly string[];
  /** Told about each retry. */
  readonly onRetry?: (message: string) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` (a build that pushes) until it succeeds, fails for a reason that is not a push network
 * failure (thrown as it is), or has failed `attempts` times for a network reason (a PushFailedError).
 */
export async function withPushRetries<T>(attempt: () => Promise<T>, opts: PushRetryOptions): Promise<T> {
  const attempts = Math.max(1, opts.attempts ?? 3);
  const base = opts.baseDelayMs ?? 2000;
  const sleep = opts.sleep ?? defaultSleep;
  const where = opts.registries.length > 0 ? opts.registries.join(', ') : 'the registry';
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (e) {
      const failure = classifyPushFailure(e);
      if (!failure) throw e;
      if (n >= attempts) throw new PushFailedError(opts.registries, n, failure.reason, e as Error);
      const wait = base * 2 ** (n - 1);
      opts.onRetry?.(
        `push to ${where} failed (${failure.reason}); retrying in ${(wait / 1000).toFixed(1)} s (attempt ${n + 1} of ${attempts})`,
      );
      await sleep(wait);
    }
  }
}
