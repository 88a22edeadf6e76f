/**
 * An OpenVEX document (https://github.com/openvex/spec, v0.2.0) of the Go vulnerabilities' verdicts for one image
 * digest: `not_affected` + `vulnerable_code_not_in_execute_path` when no binary reaches the vulnerable code,
 * `affected` when one does. Each statement's products are the image (`pkg:oci/…@sha256:…`) and the SBOM
 * components that depend on the module (the program's main module), each with the Go module as subcomponent,
 * named with the SBOM's own purls: the form trivy's `--vex` matches when it scans that SBOM. Pure.
 */
import { createHash } from 'node:crypto';
import type { GoVulnVerdict } from './verdicts.js';
import { EMPTY_SBOM_PURLS, purlFor, type SbomPurls } from './sbom-purls.js';

export const OPENVEX_CONTEXT = 'https://openvex.dev/ns/v0.2.0';

export interface VexImage {
  /** `registry/repository` (or a local name). */
  readonly name: string;
  /** `sha256:…` of the image (index or manifest) the statements are about. */
  readonly digest: string;
}

export interface VexStatement {
  readonly vulnerability: { readonly name: string; readonly aliases?: readonly string[] };
  readonly products: readonly {
    readonly '@id': string;
    readonly subcomponents: readonly { readonly '@id': string }[];
  }[];
  readonly status: 'not_affected' | 'affected';
  readonly justification?: 'vulnerable_code_not_in_execute_path';
  readonly impact_statement?: string;
  readonly action_statement?: string;
}

export interface VexDocument {
  readonly '@context': string;
  readonly '@id': string;
  readonly author: string;
  readonly timestamp: string;
  readonly version: number;
  readonly tooling: string;
  readonly statements: readonly VexStatement[];
}

/** `pkg:oci/<last path element>@<digest>?repository_url=<name>`. Pure. */
export function imagePurl(image: VexImage): string {
  const last = image.name.split('/').pop() ?? image.name;
  return `pkg:oci/${encodeURIComponent(last.toLowerCase())}@${encodeURIComponent(image.digest)}?repository_url=${encodeURIComponent(image.name.toLowerCase())}`;
}

/** `pkg:golang/<module>@<version>`; the standard library is `stdlib`. Pure. */
export function goModulePurl(module: string, version: string | undefined): string {
  const v = version ? `@${version.startsWith('v') ? version : `v${version}`}` : '';
  return `pkg:golang/${module.split('/').map(encodeURIComponent).join('/')}${v}`;
}

export interface VexInput {
  readonly image: VexImage;
  readonly verdicts: readonly GoVulnVerdict[];
  /** The id trivy reports for a Go vulnerability (its CVE/GHSA/own alias), when trivy found it. */
  readonly trivyId?: (v: GoVulnVerdict) => string | undefined;
  /** The SBOM's purls, so statements use the scanner's names. */
  readonly sbom?: SbomPurls;
  readonly tooling: string;
  readonly timestamp: string;
}

function statement(
  v: GoVulnVerdict,
  image: VexImage,
  trivyId: string | undefined,
  sbom: SbomPurls,
): VexStatement {
  const name = trivyId ?? v.id;
  const aliases = [v.id, ...v.aliases].filter((a) => a !== name);
  const module = purlFor(sbom, v.module, v.version) ?? goModulePurl(v.module, v.version);
  const subcomponents = [{ '@id': module }];
  const products = [
    { '@id': imagePurl(image), subcomponents },
    ...(sbom.parents.get(module) ?? []).map((p) => ({ '@id': p, subcomponents })),
  ];
  const where = v.module === 'stdlib' ? 'the Go standard library' : v.module;
  if (v.verdict === 'reachable') {
    const reached = v.reachedBy
      .map((r) => `${r.binary} (${r.platform}) calls ${r.symbols.join(', ')}`)
      .join('; ');
    return {
      vulnerability: { name, ...(aliases.length ? { aliases } : {}) },
      products,
      status: 'affected',
      action_statement: v.fixedVersion
        ? `Upgrade ${where} to ${v.fixedVersion} or later and rebuild. Reached: ${reached}.`
        : `No fixed version yet; reached: ${reached}.`,
    };
  }
  return {
    vulnerability: { name, ...(aliases.length ? { aliases } : {}) },
    products,
    status: 'not_affected',
    justification: 'vulnerable_code_not_in_execute_path',
    impact_statement:
      v.verdict === 'imported-not-called'
        ? `govulncheck: the image's Go binaries link ${where} but none of its vulnerable symbols.`
        : `govulncheck: the image's Go binaries do not link the vulnerable package of ${where}.`,
  };
}

export function openVexDocument(input: VexInput): VexDocument {
  const statements = input.verdicts.map((v) =>
    statement(v, input.image, input.trivyId?.(v), input.sbom ?? EMPTY_SBOM_PURLS),
  );
  const id = createHash('sha256')
    .update(JSON.stringify([input.image, statements]))
    .digest('hex');
  return {
    '@context': OPENVEX_CONTEXT,
    '@id': `https://openvex.dev/docs/public/vex-${id}`,
    author: 'go-container-ci',
    timestamp: input.timestamp,
    version: 1,
    tooling: input.tooling,
    statements,
  };
}

/** The same document about another image digest (the one pushed and signed): image products renamed. Pure. */
export function retargetVex(doc: VexDocument, image: VexImage): VexDocument {
  const statements = doc.statements.map((s) => ({
    ...s,
    products: s.products.map((p) =>
      p['@id'].startsWith('pkg:oci/') ? { ...p, '@id': imagePurl(image) } : p,
    ),
  }));
  const id = createHash('sha256')
    .update(JSON.stringify([image, statements]))
    .digest('hex');
  return { ...doc, '@id': `https://openvex.dev/docs/public/vex-${id}`, statements };
}
