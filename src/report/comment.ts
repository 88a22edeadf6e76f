/**
 * The sticky PR comment's Markdown: the verdict for one image, what changed against the base branch, and the
 * findings a reviewer should look at, with a pointer to the job summary for the rest. At most 65536
 * characters (GitHub's limit for a comment).
 */
import { notPushedLine } from '../core/gate.js';
import type { Context } from '../core/context.js';
import type { Verdict } from '../core/pipeline.js';
import { compareFindings } from '../core/finding.js';
import { fingerprintHash, hasChanges, type Deltas } from './baseline.js';
import { code, details, link, table, text, truncateMarkdown } from './markdown.js';
import { countsText, FINDING_HEADER, findingRow, fixedDetails } from './summary.js';
import { budgetTable, deltaRows } from './size-rows.js';

export const COMMENT_LIMIT = 65536;

export const COMMENT_MODES = ['auto', 'always', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

export interface CommentInput {
  readonly marker: string;
  readonly image: string;
  readonly verdict: Verdict;
  readonly deltas?: Deltas;
  /** The run's page (job summary). */
  readonly runUrl?: string;
  readonly sha?: string;
}

/**
 * Whether to write the comment: never; always; or auto, which writes one when there is something to say
 * (a failed verdict, findings, or changes against the baseline) and always updates an existing one (so a
 * fixed PR says so).
 */
export function commentWanted(
  mode: CommentMode,
  ctx: Pick<Context, 'findings'>,
  v: Verdict,
  deltas: Deltas | undefined,
): 'post' | 'update-only' | 'skip' {
  if (mode === 'never') return 'skip';
  if (mode === 'always') return 'post';
  const noteworthy = !v.ok || ctx.findings.length > 0 || (deltas !== undefined && hasChanges(deltas));
  return noteworthy ? 'post' : 'update-only';
}

const NEW_SHOWN = 20;
const FINDINGS_SHOWN = 10;

export function renderComment(ctx: Context, input: CommentInput, limit = COMMENT_LIMIT): string {
  const { verdict: v, deltas } = input;
  const parts: string[] = [input.marker];
  parts.push(
    `### ${v.ok ? '✅' : '❌'} go-container-ci ${v.ok ? 'passed' : 'failed'} for ${code(input.image)}${v.ok ? '' : `\n**${text(v.reason)}**`}`,
  );
  const held = notPushedLine(ctx);
  if (held) parts.push(`🚫 **${text(held)}**`);
  const facts: string[] = [];
  const build = ctx.facts.image;
  if (build?.digest) facts.push(code(build.digest));
  facts.push(text(countsText(ctx.findings)));
  if (ctx.facts.reachability) facts.push(text(ctx.facts.reachability.headline));
  if (input.runUrl) facts.push(link('job summary', input.runUrl));
  parts.push(facts.join(' · '));

  if (deltas) {
    const rows = deltaRows(deltas, ctx.facts.budget);
    const base = deltas.base.ref ?? 'base';
    parts.push(
      `**Against ${text(base)}**${deltas.base.commit ? ` (${code(deltas.base.commit.slice(0, 12))})` : ''}`,
      table(['', text(base), 'this PR', 'change'], rows, '---|--:|--:|---'),
    );
    if (deltas.newFindings.length) {
      // The current run's findings carry the fix; the baseline keeps only what comparing needs.
      const full = new Map(ctx.findings.map((f) => [fingerprintHash(f), f]));
      const shown = deltas.newFindings.slice(0, NEW_SHOWN).map((f) => full.get(f.fingerprint) ?? f);
      parts.push(
        `**🆕 New findings**`,
        table(
          FINDING_HEADER,
          shown.map((f) => findingRow(f, true)),
        ),
      );
      if (deltas.newFindings.length > shown.length)
        parts.push(`…and ${deltas.newFindings.length - shown.length} more in the job summary.`);
    }
    if (deltas.fixedFindings.length) parts.push(fixedDetails(deltas.fixedFindings, NEW_SHOWN));
  }
  const budgets = deltas ? undefined : budgetTable(ctx.facts.budget);
  if (budgets) parts.push(budgets);
  if (ctx.findings.length > 0) {
    const sorted = [...ctx.findings].sort(compareFindings);
    const shown = sorted.slice(0, FINDINGS_SHOWN);
    const title =
      sorted.length > shown.length
        ? `All findings: ${countsText(sorted)} (the ${shown.length} most severe)`
        : `All findings: ${countsText(sorted)}`;
    parts.push(
      details(
        text(title),
        table(
          FINDING_HEADER,
          shown.map((f) => findingRow(f)),
        ),
        !deltas && !v.ok,
      ),
    );
  }
  const footer = [
    input.sha ? `for ${code(input.sha.slice(0, 12))}` : '',
    input.runUrl ? link('full report in the job summary', input.runUrl) : '',
  ].filter(Boolean);
  if (footer.length) parts.push(`<sub>go-container-ci ${footer.join(' · ')}</sub>`);
  const pointer = input.runUrl ? link('the job summary', input.runUrl) : 'the job summary';
  // Bytes bound characters from above, so a byte limit keeps the comment within GitHub's character limit.
  return truncateMarkdown(
    `${parts.join('\n\n')}\n`,
    limit,
    `Truncated to fit a comment: see ${pointer} for the rest.`,
  );
}
