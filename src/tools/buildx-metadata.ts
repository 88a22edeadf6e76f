/** Parsers for what `docker buildx build` writes: --metadata-file JSON and --progress=rawjson lines. Pure. */
import { ToolError } from './exec.js';

export interface BuildMetadata {
  /** Manifest or index digest of the image (sha256:...). */
  readonly digest?: string;
  /** Config digest: the image id the Docker engine shows for a loaded image. */
  readonly configDigest?: string;
  readonly imageNames: readonly string[];
  readonly buildRef?: string;
  /** The whole metadata object, as buildx wrote it. */
  readonly raw: Readonly<Record<string, unknown>>;
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function parseBuildMetadata(text: string): BuildMetadata {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ToolError('docker buildx', `buildx metadata file is not JSON: ${(e as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new ToolError('docker buildx', 'buildx metadata file is not a JSON object');
  const obj = raw as Record<string, unknown>;
  const descriptor = obj['containerimage.descriptor'] as { digest?: unknown } | null | undefined;
  const digest = [str(obj['containerimage.digest']), str(descriptor?.digest)].find(
    (d) => d && DIGEST.test(d),
  );
  const configDigest = str(obj['containerimage.config.digest']);
  const names = str(obj['image.name']);
  const buildRef = str(obj['buildx.build.ref']);
  return {
    ...(digest ? { digest } : {}),
    ...(configDigest && DIGEST.test(configDigest) ? { configDigest } : {}),
    imageNames: names
      ? names
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
    ...(buildRef ? { buildRef } : {}),
    raw: obj,
  };
}

export interface BuildStep {
  readonly digest: string;
  readonly name: string;
  readonly cached: boolean;
  readonly started?: string;
  readonly completed?: string;
  readonly durationMs?: number;
  readonly error?: string;
  /** The last 32 KiB of what the step printed. */
  readonly log?: string;
}

interface RawVertex {
  digest?: unknown;
  name?: unknown;
  started?: unknown;
  completed?: unknown;
  cached?: unknown;
  error?: unknown;
}

interface RawLog {
  vertex?: unknown;
  data?: unknown;
}

/** Accumulates rawjson progress lines into steps and per-step logs. Lines that are not JSON are ignored. */
export class BuildProgress {
  private readonly vertexes = new Map<
    string,
    { name: string; cached: boolean; started?: string; completed?: string; error?: string }
  >();
  private readonly logs = new Map<string, string>();
  private static readonly MAX_LOG_PER_STEP = 32 * 1024;

  addLine(line: string): void {
    const t = line.trim();
    if (!t.startsWith('{')) return;
    let status: { vertexes?: unknown; logs?: unknown };
    try {
      status = JSON.parse(t) as typeof status;
    } catch {
      return;
    }
    if (Array.isArray(status.vertexes)) {
      for (const v of status.vertexes as RawVertex[]) {
        const digest = str(v?.digest);
        if (!digest) continue;
        const prev = this.vertexes.get(digest) ?? { name: '', cached: false };
        const next = { ...prev };
        const name = str(v.name);
        if (name) next.name = name;
        if (v.cached === true) next.cached = true;
        const started = str(v.started);
        if (started) next.started = started;
        const completed = str(v.completed);
        if (completed) next.completed = completed;
        const error = str(v.error);
        if (error) next.error = error;
        this.vertexes.set(digest, next);
      }
    }
    if (Array.isArray(status.logs)) {
      for (const l of status.logs as RawLog[]) {
        const vertex = str(l?.vertex);
        const data = str(l?.data);
        if (!vertex || !data) continue;
        const text = Buffer.from(data, 'base64').toString('utf8');
        this.logs.set(vertex, ((this.logs.get(vertex) ?? '') + text).slice(-BuildProgress.MAX_LOG_PER_STEP));
      }
    }
  }

  steps(): BuildStep[] {
    return [...this.vertexes.entries()]
      .filter(([, v]) => v.name !== '')
      .map(([digest, v]) => {
        const ms = v.started && v.completed ? Date.parse(v.completed) - Date.parse(v.started) : undefined;
        return {
          digest,
          name: v.name,
          cached: v.cached,
          ...(v.started ? { started: v.started } : {}),
          ...(v.completed ? { completed: v.completed } : {}),
          ...(ms !== undefined && Number.isFinite(ms) && ms >= 0 ? { durationMs: ms } : {}),
          ...(v.error ? { error: v.error } : {}),
          ...(this.logs.get(digest) ? { log: this.logs.get(digest) } : {}),
        };
      })
      .sort((a, b) => (a.started ?? '').localeCompare(b.started ?? ''));
  }

  /** The failed step (the first with an error that is not just a cancellation) and its last log lines. */
  failure(maxLines = 25): { step: BuildStep; logTail: string } | undefined {
    const failed = this.steps().filter((s) => s.error);
    const step = failed.find((s) => !/context canceled/.test(s.error ?? '')) ?? failed[0];
    if (!step) return undefined;
    const log = this.logs.get(step.digest) ?? '';
    return { step, logTail: log.replace(/\s+$/, '').split('\n').slice(-maxLines).join('\n') };
  }
}
