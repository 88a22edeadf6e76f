/**
 * Registry authentication: WWW-Authenticate challenges (pure), credentials from the Docker config (`auths`,
 * `credHelpers`, `credsStore`; pure lookup) and the credential helper protocol (`docker-credential-NAME get`,
 * the server on stdin).
 */
import { childEnv } from '../tools/env-policy.js';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { run } from '../tools/exec.js';

export interface Challenge {
  /** Lower case: `bearer` or `basic`. */
  readonly scheme: string;
  /** Parameter names in lower case (realm, service, scope, error…). */
  readonly params: Readonly<Record<string, string>>;
}

/**
 * Parses a WWW-Authenticate header (RFC 7235): one or more challenges, each a scheme and comma separated
 * `name=value` / `name="quoted, \"value\""` parameters. Pure; never throws.
 */
export function parseChallenges(header: string): Challenge[] {
  const challenges: { scheme: string; params: Record<string, string> }[] = [];
  let i = 0;
  const n = header.length;
  const skipSpace = () => {
    while (i < n && /[\s,]/.test(header[i] as string)) i++;
  };
  const token = () => {
    const start = i;
    while (i < n && /[A-Za-z0-9!#$%&'*+.^_`|~-]/.test(header[i] as string)) i++;
    return header.slice(start, i);
  };
  while (i < n) {
    skipSpace();
    const word = token();
    if (!word) {
      i++;
      continue;
    }
    // After a token: '=' makes it a parameter of the current challenge, anything else a new scheme.
    let j = i;
    while (j < n && header[j] === ' ') j++;
    if (header[j] === '=' && challenges.length > 0 && header[j + 1] !== '=') {
      i = j + 1;
      while (i < n && header[i] === ' ') i++;
      let value = '';
      if (header[i] === '"') {
        i++;
        while (i < n && header[i] !== '"') {
          if (header[i] === '\\' && i + 1 < n) i++;
          value += header[i];
          i++;
        }
        i++;
      } else {
        const start = i;
        while (i < n && header[i] !== ',' && !/\s/.test(header[i] as string)) i++;
        value = header.slice(start, i);
      }
      (challenges[challenges.length - 1] as { params: Record<string, string> }).params[word.toLowerCase()] =
        value;
    } else {
      challenges.push({ scheme: word.toLowerCase(), params: {} });
      // token68 (e.g. `Basic abc==`) is not used by registries; skip it.
    }
  }
  return challenges;
}

export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
  /**
   * An OAuth2 refresh token instead of a password (`identitytoken` in the Docker config, or a helper's
   * `<token>` user, as Azure Container Registry gives): exchanged at the token service, never sent as basic.
   */
  readonly identityToken?: boolean;
}

export interface DockerConfig {
  readonly auths?: Readonly<
    Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>
  >;
  readonly credHelpers?: Readonly<Record<string, string>>;
  readonly credsStore?: string;
}

export type CredentialSource =
  | { readonly kind: 'basic'; readonly credentials: BasicCredentials }
  | { readonly kind: 'helper'; readonly helper: string; readonly serverUrl: string };

const DOCKER_HUB_KEYS = ['docker.io', 'index.docker.io', 'registry-1.docker.io'];
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/';

/** `https://ghcr.io/v2/` → `ghcr.io`; Docker Hub's names all become `docker.io`. Pure. */
export function normalizeRegistryKey(key: string): string {
  const host = key
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return DOCKER_HUB_KEYS.includes(host) ? 'docker.io' : host;
}

/** The server name a credential helper is asked about: Docker Hub's index URL, else the host. */
function helperServerUrl(registry: string): string {
  return normalizeRegistryKey(registry) === 'docker.io' ? DOCKER_HUB_SERVER : registry;
}

/**
 * Where the credentials for registry come from in a Docker config, in Docker's order: a credHelpers entry,
 * then an `auths` entry with credentials, then credsStore. Pure; undefined when there are none.
 */
export function lookupCredentials(config: DockerConfig, registry: string): CredentialSource | undefined {
  const want = normalizeRegistryKey(registry);
  const serverUrl = helperServerUrl(registry);
  for (const [key, helper] of Object.entries(config.credHelpers ?? {})) {
    if (normalizeRegistryKey(key) === want && helper) return { kind: 'helper', helper, serverUrl };
  }
  for (const [key, entry] of Object.entries(config.auths ?? {})) {
    if (normalizeRegistryKey(key) !== want || !entry) continue;
    if (entry.identitytoken) {
      return {
        kind: 'basic',
        credentials: { username: '<token>', password: entry.identitytoken, identityToken: true },
      };
    }
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0) {
        return {
          kind: 'basic',
          credentials: { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) },
        };
      }
    }
    if (entry.username && entry.password) {
      return { kind: 'basic', credentials: { username: entry.username, password: entry.password } };
    }
  }
  if (config.credsStore) return { kind: 'helper', helper: config.credsStore, serverUrl };
  return undefined;
}

/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. */
function dockerConfigPath(env: NodeJS.ProcessEnv): string {
  const dir = env.DOCKER_CONFIG || path.join(env.HOME || os.homedir(), '.docker');
  return path.join(dir, 'config.json');
}

async function readDockerConfig(env: NodeJS.ProcessEnv): Promise<DockerConfig> {
  const file = dockerConfigPath(env);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return {};
  }
  try {
    return JSON.parse(text) as DockerConfig;
  } catch (e) {
    throw new Error(`the Docker config ${file} is not valid JSON: ${(e as Error).message}`, { cause: e });
  }
}

/** Runs `docker-credential-HELPER get` with the server on stdin; undefined when it has no credentials. */
async function helperCredentials(
  helper: string,
  serverUrl: string,
  env: NodeJS.ProcessEnv,
): Promise<BasicCredentials | undefined> {
  if (!/^[A-Za-z0-9_.-]+$/.test(helper)) {
    throw new Error(`the Docker config names a credential helper '${helper}' that is not a plain name`);
  }
  const result = await run(`docker-credential-${helper}`, ['get'], {
    input: serverUrl,
    env: childEnv('docker-credential', env),
    timeoutMs: 60_000,
    maxStdoutBytes: 1 << 20,
    okExitCodes: [0, 1],
    installHint: `the Docker config uses the credential helper '${helper}': install docker-credential-${helper}, or log in again`,
  });
  const stdout = result.stdout;
  if (result.exitCode !== 0) {
    // Helpers say "credentials not found in native keychain" on stdout and exit 1.
    if (/credentials not found/i.test(`${stdout}\n${result.stderr}`)) return undefined;
    throw new Error(
      `docker-credential-${helper} get failed for ${serverUrl}: ${(result.stderr || stdout).trim().slice(0, 300)}`,
    );
  }
  let parsed: { Username?: unknown; Secret?: unknown };
  try {
    parsed = JSON.parse(stdout) as typeof parsed;
  } catch {
    throw new Error(`docker-credential-${helper} answered something that is not JSON for ${serverUrl}`);
  }
  if (typeof parsed.Username !== 'string' || typeof parsed.Secret !== 'string' || parsed.Secret === '')
    return undefined;
  if (parsed.Username === '<token>')
    return { username: '<token>', password: parsed.Secret, identityToken: true };
  return { username: parsed.Username, password: parsed.Secret };
}

/** The credentials the Docker config holds for registry (helpers run as needed), or undefined. */
export async function dockerCredentials(
  registry: string,
  env: NodeJS.ProcessEnv,
): Promise<BasicCredentials | undefined> {
  const source = lookupCredentials(await readDockerConfig(env), registry);
  if (!source) return undefined;
  if (source.kind === 'basic') return source.credentials;
  return helperCredentials(source.helper, source.serverUrl, env);
}
