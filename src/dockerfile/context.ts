/**
 * What the linter reads from the build context besides the Dockerfile: single files by relative path (the
 * entrypoint script a COPY brings in) and the import declarations of the Go packages. Bounded (file count,
 * bytes, depth), confined to the context directory, and never throws: what cannot be read is absent.
 */
import { closeSync, openSync, readSync, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseGoMod } from '../gomod/gomod.js';
import {
  constraintForLinux,
  excludedByName,
  parseGoImports,
  type GoImportScan,
  type GoModule,
  type GoPackage,
} from './goimports.js';

const MAX_FILE_BYTES = 256 * 1024;
const MAX_GO_FILES = 6000;
const MAX_DEPTH = 12;
const SKIP_DIRS = new Set(['vendor', 'testdata', 'node_modules']);

function readHead(file: string, max = MAX_FILE_BYTES): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(max);
    const n = readSync(fd, buf, 0, max, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A reader of context files by relative path that refuses paths leaving the context (also via symlinks). */
export function contextReader(contextDir: string): (rel: string) => string | undefined {
  let root: string;
  try {
    root = realpathSync(contextDir);
  } catch {
    return () => undefined;
  }
  return (rel) => {
    if (rel === '' || rel.includes('\0')) return undefined;
    const abs = path.resolve(root, rel);
    try {
      const real = realpathSync(abs);
      if (real !== root && !real.startsWith(root + path.sep)) return undefined;
      if (!statSync(real).isFile()) return undefined;
      return readHead(real);
    } catch {
      return undefined;
    }
  };
}

/** Scans the Go packages of the context: one entry per directory with the union of its files' imports. */
export function scanGoContext(contextDir: string): GoImportScan | undefined {
  const modules: GoModule[] = [];
  const packages = new Map<string, { name: string; imports: Set<string> }>();
  let files = 0;
  let truncated = false;
  const walk = (rel: string, depth: number) => {
    if (depth > MAX_DEPTH || truncated) return;
    let entries;
    try {
      entries = readdirSync(path.join(contextDir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const child = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.') && !e.name.startsWith('_'))
          walk(child, depth + 1);
        continue;
      }
      if (!e.isFile()) continue;
      if (e.name === 'go.mod') {
        const text = readHead(path.join(contextDir, child));
        const mod = text !== undefined ? parseGoMod(text).module?.value : undefined;
        if (mod) modules.push({ dir: rel, path: mod });
        continue;
      }
      if (!e.name.endsWith('.go') || e.name.endsWith('_test.go') || excludedByName(e.name)) continue;
      if (++files > MAX_GO_FILES) {
        truncated = true;
        return;
      }
      const text = readHead(path.join(contextDir, child), 64 * 1024);
      const parsed = text !== undefined ? parseGoImports(text) : undefined;
      if (!parsed || (parsed.constraint !== undefined && !constraintForLinux(parsed.constraint))) continue;
      const pkg = packages.get(rel) ?? { name: parsed.pkg, imports: new Set<string>() };
      for (const i of parsed.imports) pkg.imports.add(i);
      packages.set(rel, pkg);
    }
  };
  walk('', 0);
  if (packages.size === 0) return undefined;
  const list: GoPackage[] = [...packages.entries()].map(([dir, p]) => ({
    dir,
    name: p.name,
    imports: [...p.imports].sort(),
  }));
  list.sort((a, b) => a.dir.localeCompare(b.dir));
  return { modules, packages: list, truncated };
}
