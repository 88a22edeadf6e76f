/**
 * Issue 16 Medium 4: a secret input is masked (whole, and line by line) before it is parsed, and its errors name
 * only the line number, never its content.
 */
import { buildConfig, secretInputFragments } from '../../../src/config/config.js';
import { ConfigError } from '../../../src/core/errors.js';

const env = { workspace: '/tmp/ws-gcc-secret-inputs', defaultReportDir: '/tmp/ws-gcc-secret-inputs/report' };
const PEM_LINES = [
  '-----BEGIN OPENSSH PRIVATE KEY-----',
  'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW',
  'QyNTUxOQAAACBGQUtFLWtleS1mb3ItZ28tY29udGFpbmVyLWNpLXRlc3RzAAAAAAAA==',
  '-----END OPENSSH PRIVATE KEY-----',
];

function attempt(secrets: string): { masked: string[]; error: ConfigError } {
  const masked: string[] = [];
  const order: string[] = [];
  let error: unknown;
  try {
    buildConfig(
      (n) => (n === 'secrets' ? secrets : undefined),
      env,
      (s) => {
        masked.push(s);
        order.push('mask');
      },
    );
  } catch (e) {
    order.push('error');
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  expect(order.indexOf('error')).toBeGreaterThan(order.lastIndexOf('mask'));
  return { masked, error: error as ConfigError };
}

describe('secret inputs', () => {
  it('a PEM pasted into secrets: every line masked before parsing, the error names line 1 only', () => {
    const { masked, error } = attempt(PEM_LINES.join('\n'));
    for (const line of PEM_LINES) expect(masked).toContain(line);
    expect(masked).toContain(PEM_LINES.join('\n'));
    expect(error.message).toMatch(/input 'secrets': line 1: expected id=value/);
    for (const line of PEM_LINES) expect(error.message).not.toContain(line.slice(5, 25));
  });

  it('a bad id on a later line: the error names that line, not its text', () => {
    const { error } = attempt('ok=fine-value\nQyNTUxOQAAACB+/FakeKeyLine==');
    expect(error.message).toMatch(/input 'secrets': line 2: /);
    expect(error.message).not.toContain('QyNTUxOQ');
  });

  it('CRLF lines are masked without their CR, and the value part on its own', () => {
    const raw = 'npmrc=//r/:_authToken=tok-abcdef\r\nother=xyz123\r\n';
    const frags = secretInputFragments(raw).filter((f) => f !== raw && f !== raw.trim());
    expect(frags).toEqual(
      expect.arrayContaining(['npmrc=//r/:_authToken=tok-abcdef', '//r/:_authToken=tok-abcdef', 'xyz123']),
    );
    expect(frags.some((f) => f.includes('\r'))).toBe(false);
  });

  it('masks the github-token input too, before anything is parsed', () => {
    const masked: string[] = [];
    buildConfig(
      (n) => (n === 'github-token' ? 'ghs_abcdefghijklmnop' : undefined),
      env,
      (s) => masked.push(s),
    );
    expect(masked).toContain('ghs_abcdefghijklmnop');
  });
});
