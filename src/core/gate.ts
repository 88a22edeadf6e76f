/** The publish gate: whether the verdict so far lets the image be pushed, and the line that says when not. */
import type { Context } from './context.js';
import { verdict } from './pipeline.js';

/** Why the gate holds the image back, or undefined to publish. Reads the same verdict as the exit status. */
export function gateHold(ctx: Context): string | undefined {
  if (ctx.config.publishWhen === 'always') return undefined;
  const v = verdict(ctx);
  return v.ok ? undefined : `not pushed: ${v.short ?? v.reason}`;
}

/**
 * The one line that says the image was not pushed although push asked for it, or undefined. Read by the
 * summary, the PR comment and the annotations.
 */
export function notPushedLine(ctx: Context): string | undefined {
  const { config, facts } = ctx;
  if (!config.push || config.image || facts.publish) return undefined;
  if (config.skip.includes('publish')) return 'not pushed: the publish stage is skipped by the skip input';
  const v = verdict(ctx);
  return `not pushed: ${v.ok ? 'the image was not built' : (v.short ?? v.reason)}`;
}
