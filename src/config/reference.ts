/** Platforms (`os/arch[/variant]`): a pure parser used to validate inputs (image references: registry/reference.ts). */

export const KNOWN_OS = [
  'linux',
  'windows',
  'darwin',
  'freebsd',
  'netbsd',
  'openbsd',
  'illumos',
  'solaris',
  'aix',
  'plan9',
  'js',
  'wasip1',
  'android',
  'ios',
  'dragonfly',
] as const;
export const KNOWN_ARCH = [
  'amd64',
  '386',
  'arm',
  'arm64',
  'ppc64le',
  'ppc64',
  's390x',
  'riscv64',
  'mips64le',
  'mips64',
  'mipsle',
  'mips',
  'loong64',
  'wasm',
] as const;

export interface Platform {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string;
}

/** Parses `os/arch[/variant]` (e.g. `linux/arm/v7`); undefined when malformed or unknown. */
export function parsePlatform(text: string): Platform | undefined {
  const parts = text.split('/');
  if (parts.length < 2 || parts.length > 3) return undefined;
  const [os, architecture, variant] = parts as [string, string, string | undefined];
  if (!(KNOWN_OS as readonly string[]).includes(os)) return undefined;
  if (!(KNOWN_ARCH as readonly string[]).includes(architecture)) return undefined;
  if (variant !== undefined && !/^v[0-9]+(?:\.[0-9]+)?$/.test(variant)) return undefined;
  return variant === undefined ? { os, architecture } : { os, architecture, variant };
}

export function formatPlatform(p: Platform): string {
  return p.variant ? `${p.os}/${p.architecture}/${p.variant}` : `${p.os}/${p.architecture}`;
}
