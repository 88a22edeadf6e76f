/**
 * build-push-action's build inputs as fields of a buildx BuildRequest: paths resolved against the workspace,
 * the provenance and sbom inputs winning over `attests` lines of their type (as build-push-action does). Pure.
 */
import path from 'node:path';
import type { Config } from '../config/config.js';
import { attestType, type ExtraOutput } from '../config/build-inputs.js';
import type { BuildOutput, BuildRequest } from './buildx.js';

export type BuildInputConfig = Pick<
  Config,
  | 'workspace'
  | 'annotations'
  | 'buildContexts'
  | 'pull'
  | 'noCache'
  | 'noCacheFilters'
  | 'outputs'
  | 'secretFiles'
  | 'network'
  | 'addHosts'
  | 'allow'
  | 'shmSize'
  | 'ulimit'
  | 'cgroupParent'
  | 'sbom'
  | 'attests'
  | 'provenance'
>;

/** The `--output` spec of an extra exporter, its dest made absolute. */
export function extraOutputSpec(o: ExtraOutput, workspace: string): string {
  return [
    `type=${o.type}`,
    ...(o.dest !== undefined ? [`dest=${path.resolve(workspace, o.dest)}`] : []),
    ...o.attrs,
  ].join(',');
}

export function extraOutputs(config: Pick<Config, 'outputs' | 'workspace'>): BuildOutput[] {
  return config.outputs.map((o) => ({ kind: 'extra', spec: extraOutputSpec(o, config.workspace) }));
}

/** buildx refuses an image ID file next to a local or tar exporter. */
export function allowsIidFile(config: Pick<Config, 'outputs'>): boolean {
  return !config.outputs.some((o) => o.type === 'local' || o.type === 'tar');
}

/** `--secret id=…,src=FILE` for secret-files: the path is on argv, never the content. */
export function secretFileSpecs(config: Pick<Config, 'secretFiles' | 'workspace'>): string[] {
  return config.secretFiles.map((s) => `id=${s.id},src=${path.resolve(config.workspace, s.path)}`);
}

/** `--attest` specs: sbom input, then attests lines whose type no dedicated input already set. */
export function attestSpecs(config: Pick<Config, 'sbom' | 'attests' | 'provenance'>): string[] {
  const out: string[] = [];
  if (config.sbom) out.push(config.sbom);
  for (const spec of config.attests) {
    const type = attestType(spec);
    if (type === 'sbom' && config.sbom) continue;
    if (type === 'provenance' && config.provenance) continue;
    out.push(spec);
  }
  return out;
}

/** The request fields of the build inputs (outputs, iidfile and secrets are merged by the build stage). */
export function buildInputFields(
  config: BuildInputConfig,
): Pick<
  BuildRequest,
  | 'annotations'
  | 'buildContexts'
  | 'pull'
  | 'noCache'
  | 'noCacheFilters'
  | 'network'
  | 'addHosts'
  | 'allow'
  | 'shmSize'
  | 'ulimits'
  | 'cgroupParent'
  | 'attests'
> {
  return {
    annotations: config.annotations,
    buildContexts: config.buildContexts.map(
      (c) => `${c.name}=${c.isPath ? path.resolve(config.workspace, c.value) : c.value}`,
    ),
    pull: config.pull,
    noCache: config.noCache,
    noCacheFilters: config.noCacheFilters,
    ...(config.network ? { network: config.network } : {}),
    addHosts: config.addHosts,
    allow: config.allow,
    ...(config.shmSize ? { shmSize: config.shmSize } : {}),
    ulimits: config.ulimit,
    ...(config.cgroupParent ? { cgroupParent: config.cgroupParent } : {}),
    attests: attestSpecs(config),
  };
}
