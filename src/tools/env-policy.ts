/**
 * What each child process may see of the job's environment: a declared, typed table (allow-list). A tool gets
 * the variables every program needs to run and reach the network (PATH, HOME, proxies, TMPDIR, CA
 * certificates), its own variables, and the credentials it needs only in the mode that needs them: the job's
 * OIDC request variables only to cosign signing keyless, the Actions cache service's token only to buildx when a
 * `type=gha` cache is used. Nothing else of the job (INPUT_GITHUB-TOKEN, GITHUB_TOKEN, ACTIONS_RUNTIME_TOKEN,
 * COSIGN_PASSWORD, cloud credentials…) reaches a program that has no use for it. Pure.
 */

/** The programs this action runs; any other program gets only the base grant. */
export type ToolName = 'docker' | 'syft' | 'trivy' | 'cosign' | 'git' | 'tar' | 'docker-credential';

/** The conditions a grant can depend on: what the caller is doing with the tool. */
export interface EnvNeeds {
  /** cosign signs or attests keyless: it requests the job's OIDC token. */
  readonly keyless?: boolean;
  /** buildx imports or exports a `type=gha` cache: it talks to the Actions cache service. */
  readonly ghaCache?: boolean;
  /** cosign's key is in a cloud KMS or Vault: it needs that provider's credentials. */
  readonly kmsKey?: boolean;
  /**
   * buildx reaches a kubernetes builder: the kubeconfig's exec credential plugin (`aws eks get-token`,
   * gke-gcloud-auth-plugin, kubelogin) reads its cloud's credentials.
   */
  readonly kubeAuth?: boolean;
  /** Variables named by the user for this call (secret-envs for `--secret env=`, an `env://NAME` key). */
  readonly names?: readonly string[];
}

interface Grant {
  readonly names?: readonly string[];
  readonly prefixes?: readonly string[];
  /** Given only when this need is set; always when absent. */
  readonly when?: Exclude<keyof EnvNeeds, 'names'>;
}

const PROXIES = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'ALL_PROXY'].flatMap((n) => [n, n.toLowerCase()]);

/** What every program gets: to run, find its home and temporary directory, and reach the network. */
export const BASE_GRANT: Grant = {
  names: [
    'PATH',
    'HOME',
    'USER',
    'TMPDIR',
    'LANG',
    'LC_ALL',
    'TZ',
    'XDG_CONFIG_HOME',
    'XDG_CACHE_HOME',
    'XDG_RUNTIME_DIR',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    ...PROXIES,
  ],
};

/** The Actions cache service, as buildx's `type=gha` cache reads it. */
export const GHA_CACHE_VARIABLES = [
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_SERVICE_V2',
] as const;

/** The job's OIDC token request (`id-token: write`), as cosign's keyless signing reads it. */
export const OIDC_REQUEST_VARIABLES = [
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
] as const;

const DOCKER_CLIENT: Grant = {
  names: ['DOCKER_CONFIG', 'DOCKER_HOST', 'DOCKER_CERT_PATH', 'DOCKER_TLS_VERIFY'],
};
const CLOUD_PREFIXES = ['AWS_', 'GOOGLE_', 'CLOUDSDK_', 'AZURE_', 'VAULT_'];

/** The table: per tool, what it is given beyond BASE_GRANT. */
export const TOOL_ENV_POLICY: Readonly<Record<ToolName, readonly Grant[]>> = {
  docker: [
    { prefixes: ['DOCKER_', 'BUILDX_', 'BUILDKIT_'] },
    // The kubernetes driver reaches its cluster through a kubeconfig, or in a pod through the service account.
    { names: ['KUBECONFIG', 'KUBERNETES_SERVICE_HOST', 'KUBERNETES_SERVICE_PORT'] },
    {
      prefixes: ['AWS_', 'GOOGLE_', 'CLOUDSDK_', 'AZURE_', 'AAD_'],
      names: ['USE_GKE_GCLOUD_AUTH_PLUGIN'],
      when: 'kubeAuth',
    },
    // `--ssh default` forwards the agent.
    { names: ['SSH_AUTH_SOCK'] },
    { names: GHA_CACHE_VARIABLES, when: 'ghaCache' },
  ],
  syft: [{ prefixes: ['SYFT_'] }, DOCKER_CLIENT],
  trivy: [{ prefixes: ['TRIVY_'] }, { names: ['DOCKER_CONFIG'] }],
  cosign: [
    // COSIGN_PASSWORD, COSIGN_PRIVATE_KEY (env://), COSIGN_EXPERIMENTAL…
    { prefixes: ['COSIGN_', 'SIGSTORE_', 'TUF_'] },
    DOCKER_CLIENT,
    { names: OIDC_REQUEST_VARIABLES, when: 'keyless' },
    { prefixes: CLOUD_PREFIXES, when: 'kmsKey' },
  ],
  git: [{ names: ['GIT_CONFIG_GLOBAL', 'GIT_CONFIG_NOSYSTEM', 'GIT_CEILING_DIRECTORIES'] }],
  tar: [],
  // Registry credential helpers (ecr-login, gcr, acr-env) read their cloud's credentials.
  'docker-credential': [DOCKER_CLIENT, { prefixes: CLOUD_PREFIXES }],
};

/** The table's key for a program name (`docker-credential-ecr-login` → docker-credential). Pure. */
export function toolOf(program: string): ToolName | undefined {
  const base = program.split('/').pop() ?? program;
  if (base.startsWith('docker-credential-')) return 'docker-credential';
  return base in TOOL_ENV_POLICY ? (base as ToolName) : undefined;
}

function granted(name: string, grant: Grant): boolean {
  return (grant.names ?? []).includes(name) || (grant.prefixes ?? []).some((p) => name.startsWith(p));
}

/** The environment `tool` runs with: the allowed subset of `source`. Pure. */
export function childEnv(
  tool: ToolName | undefined,
  source: NodeJS.ProcessEnv,
  needs: EnvNeeds = {},
): NodeJS.ProcessEnv {
  const grants = [BASE_GRANT, ...(tool ? TOOL_ENV_POLICY[tool] : []), { names: needs.names ?? [] }].filter(
    (g) => g.when === undefined || needs[g.when] === true,
  );
  const out: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(source)) {
    if (value !== undefined && grants.some((g) => granted(name, g))) out[name] = value;
  }
  return out;
}
