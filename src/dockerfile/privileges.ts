/**
 * Who the program of the final image runs as when the container starts as root: the privilege-drop tools
 * (su-exec, gosu, setpriv, s6-setuidgid, chpst, runuser, su) in ENTRYPOINT/CMD or in the entrypoint script
 * the Dockerfile copies from the build context, and base images known to drop privileges themselves.
 * Pure: the build context is read through the caller's reader.
 */
import { posix } from 'node:path';
import { wholeContext, type Analysis } from './analysis.js';
import type { CopyStep, Stage } from './model.js';

export interface PrivilegeDrop {
  /** The user the program runs as, as written (resolved through ENV when it is a variable). */
  readonly user: string;
  /** Where the drop happens, for messages ("ENTRYPOINT", "/entrypoint.sh (docker/entrypoint.sh)"). */
  readonly where: string;
  /** The tool, e.g. "su-exec". */
  readonly tool: string;
}

/** Reads a file of the build context (relative path); undefined when absent or unreadable. */
export type ContextReader = (path: string) => string | undefined;

const DROP_TOOLS =
  /(?:^|[\s;&|(`'"])(su-exec|gosu|setpriv|s6-setuidgid|s6-applyuidgid|chpst|runuser|su)\s+([^\n;&|]*)/g;

/** Base images that start a supervisor as root and run the service as another user (linuxserver: abc). */
const DROPPING_BASES: readonly { re: RegExp; user: string; tool: string }[] = [
  { re: /(^|\/)linuxserver\/(baseimage-|[a-z0-9-]+)/, user: 'abc (PUID/PGID)', tool: 's6-overlay' },
];

/** The user named by one drop-tool invocation (its arguments after the tool name). */
function userOf(tool: string, args: string): string | undefined {
  const words = args
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const unq = (w: string | undefined) => w?.replace(/^['"]|['"]$/g, '');
  switch (tool) {
    case 'su-exec':
    case 'gosu':
    case 's6-setuidgid':
      return unq(words.find((w) => !w.startsWith('-')));
    case 's6-applyuidgid': {
      const i = words.indexOf('-u');
      return i >= 0 ? unq(words[i + 1]) : 'UID/GID from the environment';
    }
    case 'chpst':
    case 'runuser': {
      const i = words.indexOf('-u');
      return i >= 0 ? unq(words[i + 1]) : undefined;
    }
    case 'setpriv': {
      const w = words.find((x) => x.startsWith('--reuid'));
      if (!w) return undefined;
      return unq(w.includes('=') ? w.slice(w.indexOf('=') + 1) : words[words.indexOf(w) + 1]);
    }
    case 'su': {
      // su [-s shell] [-c cmd] user / su user -c cmd
      const plain = words.filter((x, i) => !x.startsWith('-') && !/^-[cs]$/.test(words[i - 1] ?? ''));
      return unq(plain[0]);
    }
    default:
      return undefined;
  }
}

/** Privilege drops written in a command text or script (comments skipped). */
function dropsIn(text: string): { tool: string; user: string }[] {
  const out: { tool: string; user: string }[] = [];
  const code = text
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n');
  for (const m of code.matchAll(DROP_TOOLS)) {
    const tool = m[1] as string;
    const user = userOf(tool, m[2] ?? '');
    if (user && user !== '--help') out.push({ tool, user });
  }
  return out;
}

/** Resolves `${PUID}:${PGID}`-style users through the final stage's ENV; unknown parts stay as written. */
function resolveUser(user: string, stage: Stage): string {
  return user.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (all, name: string) => {
    const e = stage.scope.get(name);
    return e?.value !== undefined && e.value !== '' ? e.value : all;
  });
}

/** Whether a resolved user is root (uid 0 or "root", with or without a group). */
export function isRootUser(user: string): boolean {
  const u = user.split(':')[0] ?? '';
  return u === '0' || u === 'root';
}

/** The context paths a file of the final image may come from, most likely first, when a COPY puts it there. */
function contextSources(a: Analysis, imagePath: string): string[] {
  const stages = a.model.stages;
  const out: string[] = [];
  const viaCopies = (steps: readonly CopyStep[], want: string, depth: number, whole: boolean) => {
    for (const step of [...steps].reverse()) {
      const dest = step.destAbs;
      if (!dest) continue;
      const intoDir = dest.endsWith('/') || step.sources.length > 1;
      const dir = dest.endsWith('/') ? dest : `${dest}/`;
      for (const src of step.sources) {
        const s = src.value.replace(/^\.\//, '').replace(/^\/+/, '');
        let rel: string | undefined;
        if (!intoDir && dest === want) rel = s;
        else if (intoDir && posix.join(dir, posix.basename(s)) === want) rel = s;
        else if (want.startsWith(dir) && (s === '' || s === '.' || s.endsWith('/')))
          rel = posix.join(s, want.slice(dir.length));
        if (rel === undefined) continue;
        if (step.fromStage === undefined && !step.from) out.push(rel);
        else {
          const from = stages[step.fromStage ?? -1];
          if (from && depth < 4) viaStage(from, posix.resolve('/', rel), depth + 1);
        }
      }
      if (whole && wholeContext(step) && want.startsWith(dir)) out.push(want.slice(dir.length));
    }
  };
  const viaStage = (stage: Stage, want: string, depth: number) => {
    const copies = stage.steps.filter((s): s is CopyStep => s.keyword === 'COPY' || s.keyword === 'ADD');
    viaCopies(copies, want, depth, true);
  };
  const finalCopies = a.finalSteps.filter((s): s is CopyStep => s.keyword === 'COPY' || s.keyword === 'ADD');
  viaCopies(finalCopies, imagePath, 0, true);
  return [...new Set(out)];
}

/**
 * The privilege drop of the final image, if the container starts as root and the program is run as
 * another user: in ENTRYPOINT/CMD, in the script ENTRYPOINT runs (read from the context), or by the base.
 */
export function privilegeDrop(a: Analysis, read: ContextReader | undefined): PrivilegeDrop | undefined {
  const t = a.model.target;
  if (!t) return undefined;
  const root = a.finalChain[0] ?? t;
  const base = DROPPING_BASES.find((b) => b.re.test(root.from.image));
  if (base) return { user: base.user, where: `the base image ${root.from.image}`, tool: base.tool };
  const specs = [t.entrypoint, t.cmd].filter((s) => s !== undefined);
  for (const spec of specs) {
    const text = spec.form === 'exec' ? spec.argv.map((x) => x.value).join(' ') : spec.text;
    const d = dropsIn(text)[0];
    if (d) return { user: resolveUser(d.user, t), where: spec.keyword, tool: d.tool };
  }
  if (!read) return undefined;
  for (const spec of specs) {
    const program = spec.form === 'exec' ? spec.argv[0]?.value : spec.text.trim().split(/\s+/)[0];
    if (!program) continue;
    const abs = posix.resolve(t.workdir, program);
    const candidates = program.includes('/') ? [abs] : [abs, `/usr/local/bin/${program}`, `/bin/${program}`];
    for (const path of candidates) {
      for (const rel of contextSources(a, path)) {
        const script = read(rel);
        if (script === undefined) continue;
        const d = dropsIn(script)[0];
        if (d)
          return { user: resolveUser(d.user, t), where: `${path} (${rel} in the context)`, tool: d.tool };
        break;
      }
    }
  }
  return undefined;
}
