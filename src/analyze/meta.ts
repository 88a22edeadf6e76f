/**
 * Titles and fixes of the image checks: the lint rule's own where the catalogue entry is also a Dockerfile
 * rule, and these for the entries only the built image (or running it) can show.
 */
import { RULES_BY_CODE } from '../dockerfile/rules/index.js';

export interface CheckMeta {
  readonly title: string;
  readonly fix: string;
}

export const IMAGE_ONLY_RULES: Readonly<Record<string, CheckMeta & { readonly description: string }>> = {
  GC208: {
    title: 'Symbol table and debug info kept',
    description:
      'The Go binary keeps its symbol table and DWARF debug info: a bigger image, nothing wrong at run time. `-s -w` does not remove the Go build info, so tools like `go version -m` keep working.',
    fix: 'Build with `-ldflags="-s -w"` for images; keep an unstripped copy as a build artifact if you debug with it.',
  },
  GC311: {
    title: 'Binary built from a modified work tree',
    description:
      'The Go build info says vcs.modified=true: the binary was built from a tree with uncommitted changes (often files the build itself writes into the context), so it is not the commit it names.',
    fix: 'Build from a clean checkout: add generated files to .gitignore/.dockerignore, or build with -buildvcs=false and stamp the revision yourself.',
  },
  GC405: {
    title: 'No time zone data',
    description:
      'The binary loads time zones (time.LoadLocation) but neither embeds time/tzdata nor finds /usr/share/zoneinfo in the image.',
    fix: 'Import `time/tzdata` in the main package (or build with `-tags timetzdata`), or copy /usr/share/zoneinfo into the final stage.',
  },
  GC406: {
    title: 'Files that should not be in the image',
    description:
      'The final image holds Go sources, go.mod/go.sum, .git, .env files, private keys or credential files: leaks and a bigger image.',
    fix: 'Copy only the binary (and the data it needs) into the final stage, and exclude these files with .dockerignore.',
  },
  GC408: {
    title: 'Image size over budget',
    description:
      'A platform image is larger than max-image-size, or grew more than max-size-increase against the baseline (the base branch): compressed layers unless the budget says uncompressed.',
    fix: 'Look at the layers in the summary (the biggest is usually a builder stage copied whole, a toolchain, or a package cache): copy only the binary into a small base, strip it (`-ldflags="-s -w"`), clean package caches in the same RUN. Raise the budget when the growth is wanted.',
  },
  GC601: {
    title: 'Smoke run failed',
    description:
      'The image was started with the smoke command and did not exit 0 in time, or (smoke-mode healthy) started as a service and did not turn ready in time: it cannot start (exec format error, missing file or library, permission denied), the program failed or exited early, or it never became healthy or never listened on its port.',
    fix: 'Read the classified failure and the log tail; the image checks (GC108, GC201-GC203) usually name the cause.',
  },
};

export function checkMeta(code: string): CheckMeta {
  const rule = RULES_BY_CODE.get(code);
  if (rule) return { title: rule.title, fix: rule.fix };
  const only = IMAGE_ONLY_RULES[code];
  if (only) return only;
  return { title: code, fix: '' };
}
