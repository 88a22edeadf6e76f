/**
 * Every input and output of docker/build-push-action v7 (its action.yml at v7.3.0: 33 inputs, 3 outputs) and
 * what takes its place here. docs/migrate.md's tables are generated from this one by `npm run bundle`, and
 * test/unit/build-push-action-table.test.ts checks that each equivalent named is an input of src/config/inputs.ts.
 */

export type Equivalence =
  /** Same name, same meaning. */
  | 'same'
  /** Same name; what differs is said in the note. */
  | 'same-differs'
  /** Another name here. */
  | 'renamed'
  /** Nothing here; the note says why and what to do. */
  | 'none';

export interface BuildPushEntry {
  /** The build-push-action input. */
  readonly name: string;
  readonly equivalence: Equivalence;
  /** The input here (for same, same-differs and renamed). */
  readonly ours?: string;
  readonly note: string;
}

const same = (name: string, note = ''): BuildPushEntry => ({ name, equivalence: 'same', ours: name, note });
const differs = (name: string, note: string): BuildPushEntry => ({
  name,
  equivalence: 'same-differs',
  ours: name,
  note,
});

export const BUILD_PUSH_ACTION_VERSION = 'v7.3.0';

export const BUILD_PUSH_INPUTS: readonly BuildPushEntry[] = [
  same('add-hosts', 'Passed to `--add-host`.'),
  same('allow', 'Extra entitlements (`network.host`, `security.insecure`); the builder must allow them too.'),
  same(
    'annotations',
    "With `index:`/`manifest:` prefixes. With `images`, metadata-action's org.opencontainers.image.* set is also in the `annotations` output.",
  ),
  same('attests', 'Passed to `--attest`, next to our own cosign attestations of the pushed digest.'),
  same(
    'build-args',
    'One `KEY=VALUE` per line; job variables a Dockerfile stage declares are forwarded too.',
  ),
  same('build-contexts', 'Named contexts (`lib=../lib`), e.g. for a Go monorepo `replace`.'),
  same('builder', 'Any driver: docker-container, remote, kubernetes, cloud.'),
  differs(
    'cache-from',
    'Same values. Empty: the `layer-cache` input picks a cache (gha on GitHub) and the Go build cache mounts are kept between runs.',
  ),
  differs('cache-to', 'Same values; empty means the `layer-cache` default, as for cache-from.'),
  differs('call', "`check` runs BuildKit's build checks; they become findings (`BK:<Rule>`) next to ours."),
  same('cgroup-parent'),
  differs(
    'context',
    'A directory of the workspace only (default `.`), not a Git URL: check the repository out first (actions/checkout).',
  ),
  differs('file', 'The Dockerfile path; `dockerfile` is accepted as an alias. Relative to the workspace.'),
  differs(
    'labels',
    "One `KEY=VALUE` per line. The source, revision and created labels are added from git (created is the commit time, for reproducible images); with `images`, metadata-action's whole set.",
  ),
  same('load', "One platform at a time (the engine's image store holds one per tag)."),
  same('network'),
  same('no-cache'),
  same('no-cache-filters'),
  differs(
    'outputs',
    'Extra exporters next to ours (e.g. `type=local,dest=out` for the binary). Exporters that conflict with push, load or the checked OCI archive are refused with an error.',
  ),
  same('platforms'),
  same('provenance'),
  same('pull'),
  differs(
    'push',
    'Pushes the image that was checked, byte for byte, after lint, analysis and scan, when `publish-when` allows (default: only when nothing failed).',
  ),
  differs(
    'sbom',
    "BuildKit's in-toto SBOM attestation. An SPDX and a CycloneDX SBOM made by syft are written and attested anyway (outputs `sbom-spdx`, `sbom-cyclonedx`).",
  ),
  same('secrets', 'Written to private temporary files, never on a command line; masked.'),
  same('secret-envs'),
  same('secret-files'),
  same('shm-size'),
  same('ssh', 'E.g. private Go modules over git+ssh.'),
  differs(
    'tags',
    "Plain references as before; with `images`, docker/metadata-action's `type=` rules (paste its `tags:` block).",
  ),
  same('target'),
  same('ulimit'),
  {
    name: 'github-token',
    equivalence: 'none',
    note: 'build-push-action uses it to fetch a Git context; there is no Git context here (check out first). Our `github-token` is the token of the pull request comment.',
  },
];

export const BUILD_PUSH_OUTPUTS: readonly BuildPushEntry[] = [
  { name: 'imageid', equivalence: 'renamed', ours: 'image-id', note: 'The config digest.' },
  same('digest', 'With push: the digest pushed, empty when publish-when held the image back.'),
  same('metadata', "buildx's metadata file as JSON."),
];

/** The other actions a migration removes, and which inputs take their place. */
export const REPLACED_ACTIONS: readonly { action: string; by: string }[] = [
  {
    action: 'docker/metadata-action',
    by: '`images`, `tags` (its `type=` rules), `flavor`, `labels`; outputs `tags`, `labels`, `annotations`, `version`, `json`',
  },
  {
    action: 'anchore/sbom-action',
    by: 'the sbom stage (syft, SPDX and CycloneDX); outputs `sbom-spdx`, `sbom-cyclonedx`',
  },
  {
    action: 'aquasecurity/trivy-action',
    by: 'the scan stage: `fail-on-severity`, `ignore-unfixed`, `trivy-ignore-file`, `trivy-skip-db-update`, `trivy-cache-dir`; SARIF in the `sarif` output',
  },
  {
    action: 'sigstore/cosign-installer + cosign sign / attest',
    by: '`sign` (keyless by default, or `cosign-key`), `cosign-public-key`, `cosign-offline`: sign, attest SBOM and scan, verify',
  },
];

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

const WORDS: Readonly<Record<Equivalence, string>> = {
  same: 'same',
  'same-differs': 'same name, see note',
  renamed: 'renamed',
  none: 'none',
};

function rows(entries: readonly BuildPushEntry[]): string {
  return entries
    .map(
      (e) =>
        `| \`${e.name}\` | ${e.ours ? `\`${e.ours}\`` : '—'} | ${WORDS[e.equivalence]} | ${cell(e.note)} |`,
    )
    .join('\n');
}

/** The generated part of docs/migrate.md. Pure. */
export function renderBuildPushTables(): string {
  const count = (q: Equivalence) => BUILD_PUSH_INPUTS.filter((e) => e.equivalence === q).length;
  return `### docker/build-push-action ${BUILD_PUSH_ACTION_VERSION}: every input

${BUILD_PUSH_INPUTS.length} inputs: ${count('same') + count('same-differs')} with the same name here (${count('same-differs')} of them with a difference in the note), ${count('none')} without an equivalent.

| build-push-action | here | | note |
|---|---|---|---|
${rows(BUILD_PUSH_INPUTS)}

### Outputs

| build-push-action | here | | note |
|---|---|---|---|
${rows(BUILD_PUSH_OUTPUTS)}

### The other steps

| action | replaced by |
|---|---|
${REPLACED_ACTIONS.map((r) => `| ${r.action} | ${cell(r.by)} |`).join('\n')}
`;
}

export const GENERATED_BEGIN =
  '<!-- generated: build-push-action tables (npm run bundle, from src/config/build-push-action.ts) -->';
export const GENERATED_END = '<!-- end of generated tables -->';

/** docs/migrate.md with its generated section replaced. Pure; throws when the markers are missing. */
export function withBuildPushTables(doc: string): string {
  const begin = doc.indexOf(GENERATED_BEGIN);
  const end = doc.indexOf(GENERATED_END);
  if (begin < 0 || end < begin) throw new Error('docs/migrate.md: the generated-section markers are missing');
  return `${doc.slice(0, begin + GENERATED_BEGIN.length)}\n${renderBuildPushTables()}${doc.slice(end)}`;
}
