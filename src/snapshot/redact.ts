/**
 * Credentials inside job-environment values (`GOPROXY=https://user:token@proxy`, `?token=` parameters, access
 * tokens): what may be shown or stored of such a value, and a hash of the original so a change is still seen.
 * Pure.
 */
import { createHash } from 'node:crypto';

export const REDACTED = '***';

/** `scheme://userinfo@`: the userinfo is everything up to the last @ before the path (a password may hold @). */
const USERINFO = /([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/\s,|]*@/g;
/** Query or fragment parameters whose value is a credential. */
const SECRET_PARAM =
  /([?&#;](?:[A-Za-z0-9_-]*(?:token|password|passwd|pwd|secret|apikey|api_key|auth|key|sig|signature|credential)[A-Za-z0-9_-]*)=)[^&#\s,|]*/gi;
/** Well-known token shapes (GitHub, GitLab, Slack, AWS, npm, JWTs) and PEM blocks. */
const TOKENS =
  /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{16,}|xox[abposr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|npm_[A-Za-z0-9]{30,}|eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})|-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g;

export interface Redaction {
  /** The value with every credential replaced by ***. */
  readonly text: string;
  readonly redacted: boolean;
}

/** The value with URL userinfo, credential parameters and token-shaped words replaced by ***. */
export function redactCredentials(value: string): Redaction {
  const text = value
    .replace(USERINFO, `$1${REDACTED}@`)
    .replace(SECRET_PARAM, `$1${REDACTED}`)
    .replace(TOKENS, REDACTED);
  return { text, redacted: text !== value };
}

/**
 * The value without its URL userinfo (`https://host/…`), when that is its only credential; undefined when
 * another credential would remain (then nothing of it may travel as a build arg).
 */
export function stripCredentials(value: string): string | undefined {
  const stripped = value.replace(USERINFO, '$1');
  return redactCredentials(stripped).redacted ? undefined : stripped;
}

/** A short hash of a value: shows that a redacted value changed, without showing it. */
export function valueHash(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}
