/**
 * scripts/debian-mirror.py: the Debian mirror for debootstrap comes from the machine's apt configuration (no
 * host named in the repository). Apt directories made here, in both formats, with entries that must not win.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/action.js';

function mirror(files: Record<string, string>, suite = 'bookworm'): { status: number | null; out: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcc-apt-'));
  try {
    mkdirSync(path.join(dir, 'sources.list.d'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    const r = spawnSync('python3', [path.join(REPO_ROOT, 'scripts', 'debian-mirror.py'), suite, dir], {
      encoding: 'utf8',
    });
    return { status: r.status, out: r.stdout.trim() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('debian-mirror.py', () => {
  it('reads deb822 .sources, skipping the security archive and disabled entries', () => {
    const sources = [
      'Types: deb\nURIs: http://security.mirror.test/debian-security\nSuites: bookworm-security\nComponents: main',
      'Types: deb\nURIs: http://disabled.mirror.test/debian\nSuites: bookworm\nComponents: main\nEnabled: no',
      '# a comment\nTypes: deb deb-src\nURIs: http://mirror.test/debian/\nSuites: bookworm bookworm-updates\nComponents: main contrib',
    ].join('\n\n');
    expect(mirror({ 'sources.list.d/debian.sources': sources })).toEqual({
      status: 0,
      out: 'http://mirror.test/debian',
    });
  });
  it('reads one-line sources.list with options, and falls back to another release of the archive', () => {
    const list =
      'deb-src http://src.test/debian bookworm main\ndeb [arch=amd64 signed-by=/k.gpg] http://one.test/debian trixie main\n';
    expect(mirror({ 'sources.list': list })).toEqual({ status: 0, out: 'http://one.test/debian' });
  });
  it('fails when nothing carries main from a Debian archive', () => {
    expect(mirror({ 'sources.list': 'deb http://x.test/debian bookworm-security main\n' }).status).toBe(1);
    expect(mirror({ 'sources.list.d/other.list': 'deb http://x.test/apt cloud-sdk contrib\n' }).status).toBe(
      1,
    );
    expect(mirror({}).status).toBe(1);
  });
});
