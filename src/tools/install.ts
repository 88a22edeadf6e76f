/**
 * Getting a tool: the one on PATH, else (on GitHub) a pinned release downloaded into the runner's tool cache,
 * verified against the release's sha256 checksum list before anything is cached. The release base URL is
 * injectable so tests serve fixture archives from 127.0.0.1.
 */
import { createHash } from 'node:crypto';
import { chmod, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as tc from '@actions/tool-cache';
import { which, ToolError } from './exec.js';

export interface ToolRelease {
  readonly tool: 'syft' | 'trivy' | 'cosign';
  readonly version: string;
  /** The asset to download, relative to the release's base URL. */
  readonly asset: string;
  /** The checksum list, relative to the same base URL. */
  readonly checksums: string;
  /** The asset is a .tar.gz holding the binary (else it is the binary). */
  readonly archive: boolean;
}

/** The pinned releases this action downloads when a tool is not on PATH (linux/amd64 and arm64 runners). */
export function pinnedRelease(
  tool: ToolRelease['tool'],
  arch: 'x64' | 'arm64',
): ToolRelease & { readonly baseUrl: string } {
  const a = arch === 'x64' ? 'amd64' : 'arm64';
  switch (tool) {
    case 'syft':
      return {
        tool,
        version: '1.57.0',
        asset: `syft_1.57.0_linux_${a}.tar.gz`,
        checksums: 'syft_1.57.0_checksums.txt',
        archive: true,
        baseUrl: 'https://github.com/anchore/syft/releases/download/v1.57.0',
      };
    case 'trivy':
      return {
        tool,
        version: '0.74.0',
        asset: `trivy_0.74.0_Linux-${arch === 'x64' ? '64bit' : 'ARM64'}.tar.gz`,
        checksums: 'trivy_0.74.0_checksums.txt',
        archive: true,
        baseUrl: 'https://github.com/aquasecurity/trivy/releases/download/v0.74.0',
      };
    case 'cosign':
      return {
        tool,
        version: '2.6.5',
        asset: `cosign-linux-${a}`,
        checksums: 'cosign_checksums.txt',
        archive: false,
        baseUrl: 'https://github.com/sigstore/cosign/releases/download/v2.6.5',
      };
  }
}

/** The sha256 the checksum list gives for asset (`<hex>  <name>` lines). Pure. */
export function checksumFor(list: string, asset: string): string | undefined {
  for (const line of list.split('\n')) {
    const m = /^([a-f0-9]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
    if (m && (m[2] === asset || m[2]?.endsWith(`/${asset}`))) return m[1];
  }
  return undefined;
}

async function sha256File(file: string): Promise<string> {
  return createHash('sha256')
    .update(await readFile(file))
    .digest('hex');
}

/**
 * The path of the tool's binary: on PATH, in the tool cache, or downloaded, verified and cached. Needs
 * RUNNER_TOOL_CACHE and RUNNER_TEMP (a GitHub runner has them).
 */
export async function ensureTool(
  release: ToolRelease,
  baseUrl: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const onPath = await which(release.tool, env);
  if (onPath) return onPath;
  const cached = tc.find(release.tool, release.version);
  if (cached) return path.join(cached, release.tool);
  let listFile: string | undefined;
  let assetFile: string | undefined;
  try {
    try {
      listFile = await tc.downloadTool(`${baseUrl}/${release.checksums}`);
      assetFile = await tc.downloadTool(`${baseUrl}/${release.asset}`);
    } catch (e) {
      throw new ToolError(
        release.tool,
        `could not download ${release.tool} ${release.version} from ${baseUrl}: ${(e as Error).message}`,
      );
    }
    const expected = checksumFor(await readFile(listFile, 'utf8'), release.asset);
    if (!expected)
      throw new ToolError(
        release.tool,
        `${release.checksums} lists no checksum for ${release.asset}: not installing it`,
      );
    const actual = await sha256File(assetFile);
    if (actual !== expected) {
      throw new ToolError(
        release.tool,
        `checksum mismatch for ${release.asset}: expected sha256 ${expected}, got ${actual}: not installing it`,
      );
    }
    const dir = release.archive
      ? await tc.cacheDir(await tc.extractTar(assetFile), release.tool, release.version)
      : await tc.cacheFile(assetFile, release.tool, release.tool, release.version);
    const binary = path.join(dir, release.tool);
    await chmod(binary, 0o755);
    return binary;
  } finally {
    for (const f of [listFile, assetFile]) if (f) await rm(f, { force: true });
  }
}

/**
 * Makes `tool` callable by name: true when it is on PATH, or (when downloads are allowed: on GitHub) once its
 * pinned release is installed and put on PATH. False when it is missing and may not be downloaded.
 */
export async function provideTool(
  tool: ToolRelease['tool'],
  allowDownload: boolean,
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  if (await which(tool, env)) return true;
  if (!allowDownload) return false;
  const release = pinnedRelease(tool, process.arch === 'arm64' ? 'arm64' : 'x64');
  const binary = await ensureTool(release, release.baseUrl, env);
  env.PATH = `${path.dirname(binary)}${path.delimiter}${env.PATH ?? ''}`;
  return true;
}
