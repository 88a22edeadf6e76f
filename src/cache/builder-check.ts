/**
 * Before the Go-cache dance: which builder the dance goes through, and whether it can take part at all
 * (src/tools/builder-info.ts decides; this says it in the log).
 */
import { danceSupport, describeBuilder, inspectBuilder, type BuilderInfo } from '../tools/builder-info.js';

export interface DanceBuilder {
  /** One line naming the builder, its driver and nodes. */
  readonly description?: string;
  /** Why the dance cannot take part with this builder; undefined when it can. */
  readonly refused?: string;
}

interface Log {
  info(message: string): void;
  warning(message: string): void;
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}

/** Inspects the builder and logs what the dance will do with it. Never throws. */
export async function checkDanceBuilder(
  builder: string | undefined,
  log: Log,
  inspect: (builder?: string) => Promise<BuilderInfo> = inspectBuilder,
): Promise<DanceBuilder> {
  let info: BuilderInfo;
  try {
    info = await inspect(builder);
  } catch (e) {
    log.warning(
      `could not inspect the builder ${builder ?? '(current)'}; the Go caches are tried anyway: ${firstLine(e)}`,
    );
    return {};
  }
  const description = describeBuilder(info);
  const verdict = danceSupport(info);
  if (!verdict.ok) {
    log.warning(`the Go caches are neither restored nor saved with this builder: ${verdict.reason}`);
    return { description, refused: verdict.reason };
  }
  log.info(`Go caches go through the ${description}`);
  if (verdict.note) log.info(verdict.note);
  return { description };
}
