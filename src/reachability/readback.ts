/**
 * The read-back: trivy scans the SBOM again with the VEX document and must leave out exactly the Go
 * vulnerabilities found unreachable. Two ways to skip the second trivy run without taking anything on trust:
 * - with no `not_affected` statement there is nothing trivy could leave out: its scan stands as it is;
 * - the same inputs as an earlier run (trivy's version, its database's metadata and file, the options, the SBOM
 *   without its serial number and timestamp, the VEX without its timestamp) give the same answer, kept in the
 *   result cache directory. The entry holds only which of the scan's vulnerabilities trivy kept, so it can
 *   never add one; an entry that names one the scan lacks, or is otherwise not exactly what was written, is
 *   ignored with a warning and trivy runs.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TrivyOptions, Vulnerability } from '../tools/trivy.js';
import type { GoVulnVerdict } from './verdicts.js';
import { verdictFor } from './verdicts.js';
import { MAX_ENTRY_BYTES, readPlainFile } from './result-cache.js';

export const READBACK_FORMAT = 1;

export interface ReadBack {
  /** What trivy (or the entry, or the scan) says remains, as written to the report. */
  readonly vulnerabilities: readonly Vulnerability[];
  readonly ids: readonly string[];
  readonly agrees: boolean;
  readonly source: 'trivy' | 'cache' | 'no-statement';
}

/** A vulnerability's identity in the scan. Pure. */
export const vulnKey = (v: Vulnerability) => `${v.id}\t${v.pkgName}\t${v.installedVersion}`;

/** A CycloneDX SBOM's text without what changes from run to run (serial number, timestamp). Pure. */
export function stableSbom(text: string): string {
  const doc = JSON.parse(text) as Record<string, unknown>;
  delete doc.serialNumber;
  const meta = doc.metadata;
  if (typeof meta === 'object' && meta !== null) delete (meta as Record<string, unknown>).timestamp;
  return JSON.stringify(doc);
}

/** An OpenVEX document's text without its timestamp. Pure. */
export function stableVex(text: string): string {
  const doc = JSON.parse(text) as Record<string, unknown>;
  delete doc.timestamp;
  return JSON.stringify(doc);
}

/** The expected outcome: the scan without the vulnerabilities found unreachable. Pure. */
export function expectedAfterVex(
  scan: readonly Vulnerability[],
  verdicts: readonly GoVulnVerdict[],
): Vulnerability[] {
  return scan.filter((v) => {
    const g = verdictFor(v, verdicts);
    return g === undefined || g.verdict === 'reachable';
  });
}

function agreement(after: readonly Vulnerability[], expected: readonly Vulnerability[]) {
  const ids = after.map((v) => v.id);
  const agrees = ids.length === expected.length && expected.every((v) => ids.includes(v.id));
  return { ids, agrees };
}

const digest = (parts: readonly unknown[]) =>
  createHash('sha256').update(JSON.stringify(parts)).digest('hex');

export interface ReadBackKeyInput {
  readonly trivyVersion: string;
  readonly trivyDbMetadata: string;
  /** trivy.db's size and modification time. */
  readonly trivyDbFile: string;
  readonly options: string;
  readonly sbom: string;
  readonly vex: string;
}

/** The entry's key: every input of the second trivy run. Pure. */
export function readBackKey(i: ReadBackKeyInput): string {
  return digest([
    READBACK_FORMAT,
    i.trivyVersion,
    i.trivyDbMetadata,
    i.trivyDbFile,
    i.options,
    i.sbom,
    i.vex,
  ]);
}

/** The text of an entry: which of the scan's vulnerabilities remained. Pure. */
export function serializeReadBack(key: string, kept: readonly string[]): string {
  const sorted = [...kept].sort();
  return `${JSON.stringify({ format: READBACK_FORMAT, key, kept: sorted, digest: digest([key, sorted]) })}\n`;
}

/** The scan's vulnerabilities an entry says remained, or why the entry is not used. Pure. */
export function parseReadBack(
  text: string,
  key: string,
  scan: readonly Vulnerability[],
): { ok: true; vulnerabilities: Vulnerability[] } | { ok: false; why: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, why: 'not JSON' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, why: 'not an object' };
  const r = raw as Record<string, unknown>;
  if (Object.keys(r).some((k) => !['format', 'key', 'kept', 'digest'].includes(k)))
    return { ok: false, why: 'an unknown field' };
  if (r.format !== READBACK_FORMAT) return { ok: false, why: `format ${String(r.format)}` };
  if (r.key !== key) return { ok: false, why: 'written for other inputs' };
  if (!Array.isArray(r.kept) || r.kept.length > scan.length || r.kept.some((k) => typeof k !== 'string'))
    return { ok: false, why: 'not a list of the scan’s vulnerabilities' };
  const kept = r.kept as string[];
  if (r.digest !== digest([key, kept])) return { ok: false, why: 'its content does not match its digest' };
  const byKey = new Map(scan.map((v) => [vulnKey(v), v]));
  if (new Set(kept).size !== kept.length || kept.some((k) => !byKey.has(k)))
    return { ok: false, why: 'it names a vulnerability the scan lacks' };
  const set = new Set(kept);
  return { ok: true, vulnerabilities: scan.filter((v) => set.has(vulnKey(v))) };
}

export interface ReadBackInput {
  readonly scan: readonly Vulnerability[];
  readonly verdicts: readonly GoVulnVerdict[];
  readonly sbomFile: string;
  readonly vexFile: string;
  /** Where the outcome is written (JSON). */
  readonly outFile: string;
  readonly trivy: { scanSbom(sbom: string, o: TrivyOptions): Promise<Vulnerability[]> };
  readonly trivyVersion: string;
  readonly options: TrivyOptions;
  /** The result cache directory (cached-results.ts), when there is one. */
  readonly cacheDir?: string;
  readonly warn: (message: string) => void;
}

/** Every input of the second trivy run, or undefined when one cannot be read (then nothing is cached). */
async function keyOf(i: ReadBackInput): Promise<string | undefined> {
  const cacheDir = i.options.cacheDir;
  if (!cacheDir) return undefined;
  try {
    const dbDir = path.join(cacheDir, 'db');
    const [meta, db, sbom, vex, ignore] = await Promise.all([
      readFile(path.join(dbDir, 'metadata.json'), 'utf8'),
      stat(path.join(dbDir, 'trivy.db')),
      readFile(i.sbomFile, 'utf8'),
      readFile(i.vexFile, 'utf8'),
      i.options.ignoreFile ? readFile(i.options.ignoreFile, 'utf8') : Promise.resolve(''),
    ]);
    return readBackKey({
      trivyVersion: i.trivyVersion,
      trivyDbMetadata: meta,
      trivyDbFile: `${db.size}\t${db.mtimeMs}`,
      options: JSON.stringify([i.options.ignoreUnfixed === true, i.options.skipDbUpdate === true, ignore]),
      sbom: stableSbom(sbom),
      vex: stableVex(vex),
    });
  } catch {
    return undefined;
  }
}

export async function readBackVex(i: ReadBackInput): Promise<ReadBack> {
  const expected = expectedAfterVex(i.scan, i.verdicts);
  const finish = async (vulnerabilities: readonly Vulnerability[], source: ReadBack['source']) => {
    await writeFile(i.outFile, `${JSON.stringify(vulnerabilities, null, 2)}\n`);
    return { vulnerabilities, ...agreement(vulnerabilities, expected), source };
  };
  // Without a not_affected statement trivy --vex leaves nothing out.
  if (i.verdicts.every((g) => g.verdict === 'reachable')) return finish(i.scan, 'no-statement');
  const key = i.cacheDir ? await keyOf(i) : undefined;
  const file = key && i.cacheDir ? path.join(i.cacheDir, `readback-${key}.json`) : undefined;
  if (file && key) {
    let parsed: ReturnType<typeof parseReadBack>;
    try {
      const text = await readPlainFile(file, MAX_ENTRY_BYTES);
      parsed = text === undefined ? { ok: false, why: '' } : parseReadBack(text, key, i.scan);
    } catch (e) {
      parsed = { ok: false, why: (e as Error).message };
    }
    if (parsed.ok) return finish(parsed.vulnerabilities, 'cache');
    if (parsed.why)
      i.warn(
        `reachability: ignoring the cached trivy --vex result ${path.basename(file)} (${parsed.why}); running trivy`,
      );
  }
  const after = await i.trivy.scanSbom(i.sbomFile, { ...i.options, vexFile: i.vexFile });
  const scanKeys = new Set(i.scan.map(vulnKey));
  if (file && key && after.every((v) => scanKeys.has(vulnKey(v)))) {
    const tmp = `${file}.tmp-${process.pid}`;
    try {
      await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      await writeFile(tmp, serializeReadBack(key, after.map(vulnKey)), { mode: 0o600, flag: 'wx' });
      await rename(tmp, file);
    } catch (e) {
      i.warn(`reachability: could not cache the trivy --vex result: ${(e as Error).message}`);
    }
  }
  return finish(after, 'trivy');
}
