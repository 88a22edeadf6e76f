#!/usr/bin/env node
import { createRequire as __gccCreateRequire } from 'node:module';
import { fileURLToPath as __gccFileURLToPath } from 'node:url';
import { dirname as __gccDirname } from 'node:path';
const require = __gccCreateRequire(import.meta.url);
const __gcc_filename = __gccFileURLToPath(import.meta.url);
const __gcc_dirname = __gccDirname(__gcc_filename);
import {
  ConfigError,
  Context,
  FAIL_ON,
  GitHubHttpError,
  GitHubRest,
  INPUTS,
  ToolError,
  applyPolicy,
  bootstrapBuilder,
  buildConfig,
  checkImage,
  commentAuthor,
  compareFindings,
  danceSupport,
  describeBuilder,
  discoverStage,
  gitHubRunInfo,
  issuesToFindings,
  lintStage,
  platformAnalysis,
  readAnalysedImages,
  run,
  runAll,
  runPipeline,
  sarifRules,
  severityRank,
  toSarif,
  upsertStickyComment
} from "./chunks/chunk-WH67HV6Q.js";
import "./chunks/chunk-EFI3VTZC.js";

// src/cli/args.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function parseArgs(argv, extraFlags = []) {
  const byName = /* @__PURE__ */ new Map();
  for (const key of Object.keys(INPUTS)) {
    const s = INPUTS[key];
    byName.set(s.name, { list: s.list === true, boolean: s.flag === true, input: true });
  }
  for (const f of extraFlags) byName.set(f.name, { list: false, boolean: f.boolean === true, input: false });
  const inputs = /* @__PURE__ */ new Map();
  const extra = /* @__PURE__ */ new Map();
  const positionals = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "--") {
      if (arg.startsWith("-") && arg !== "-")
        throw new UsageError(`unknown option '${arg}' (options are spelled --name)`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    let name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    let value = eq >= 0 ? arg.slice(eq + 1) : void 0;
    let known = byName.get(name);
    if (!known && name.startsWith("no-") && byName.get(name.slice(3))?.boolean && value === void 0) {
      name = name.slice(3);
      known = byName.get(name);
      value = "false";
    }
    if (!known) throw new UsageError(`unknown option '--${name}' (see --help)`);
    if (value === void 0) {
      if (known.boolean) value = "true";
      else {
        const next = argv[i + 1];
        if (next === void 0) throw new UsageError(`option '--${name}' needs a value`);
        value = next;
        i++;
      }
    }
    const target = known.input ? inputs : extra;
    const prev = target.get(name);
    if (prev !== void 0 && !known.list) throw new UsageError(`option '--${name}' is given twice`);
    target.set(name, prev !== void 0 ? `${prev}
${value}` : value);
  }
  return { inputs, extra, positionals };
}
function inputsHelp() {
  return Object.keys(INPUTS).map((k) => {
    const s = INPUTS[k];
    const arg = s.flag ? "" : s.list ? " VALUE\u2026" : " VALUE";
    const def = s.default && !s.secret ? ` (default: ${s.default})` : "";
    return `  --${s.name}${arg}
      ${s.description}${def}`;
  }).join("\n");
}

// src/commands/common.ts
import os2 from "node:os";
import path2 from "node:path";

// src/host/local.ts
import { appendFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { cp, mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
var LocalDirCacheStore = class {
  constructor(root, log) {
    this.root = root;
    this.log = log;
  }
  root;
  log;
  writable = true;
  entryDir(key) {
    const safe = key.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 80);
    return path.join(this.root, `${safe}-${createHash("sha256").update(key).digest("hex").slice(0, 16)}`);
  }
  async entries() {
    let names;
    try {
      names = await readdir(this.root);
    } catch {
      return [];
    }
    const out = [];
    for (const name of names) {
      const dir = path.join(this.root, name);
      try {
        const key = await readFile(path.join(dir, "KEY"), "utf8");
        out.push({ key, dir, mtime: (await stat(dir)).mtimeMs });
      } catch {
      }
    }
    return out.sort((a, b) => b.mtime - a.mtime);
  }
  async restore(paths, key, restoreKeys) {
    try {
      const all = await this.entries();
      const hit = all.find((e) => e.key === key) ?? restoreKeys.map((p) => all.find((e) => e.key.startsWith(p))).find(Boolean);
      if (!hit) return void 0;
      for (const [i, p] of paths.entries()) {
        const src = path.join(hit.dir, String(i));
        if (!await stat(src).catch(() => void 0)) continue;
        await mkdir(path.dirname(p), { recursive: true });
        await cp(src, p, { recursive: true, force: true, verbatimSymlinks: true });
      }
      return hit.key;
    } catch (e) {
      this.log.warning(`cache restore failed (the build continues without it): ${e.message}`);
      return void 0;
    }
  }
  async save(paths, key) {
    const dest = this.entryDir(key);
    const tmp = `${dest}.tmp-${process.pid}`;
    try {
      if (await stat(dest).catch(() => void 0)) return;
      await rm(tmp, { recursive: true, force: true });
      await mkdir(tmp, { recursive: true });
      for (const [i, p] of paths.entries()) {
        if (await stat(p).catch(() => void 0))
          await cp(p, path.join(tmp, String(i)), { recursive: true, verbatimSymlinks: true });
      }
      await writeFile(path.join(tmp, "KEY"), key);
      await rename(tmp, dest);
    } catch (e) {
      await rm(tmp, { recursive: true, force: true }).catch(() => void 0);
      this.log.warning(`cache save failed (the build result is unaffected): ${e.message}`);
    }
  }
};
var LOCAL_CAPABILITIES = {
  installsTools: false,
  needsStableCachePaths: false,
  sarifRelativeToCheckout: false,
  defaultLayerCache: "local",
  githubRun: false
};
var LocalHost = class {
  constructor(opts) {
    this.opts = opts;
    const write = opts.write ?? ((line) => process.stderr.write(`${line}
`));
    const out = (line) => write(this.redact(line));
    this.log = {
      debug: (m) => opts.verbose ? out(`debug: ${m}`) : void 0,
      info: (m) => out(m),
      warning: (m) => out(`warning: ${m}`),
      error: (m) => out(`error: ${m}`),
      group: async (title, fn) => {
        out(`== ${title}`);
        return fn();
      }
    };
    this.cache = new LocalDirCacheStore(opts.cacheDir, this.log);
    this.layerCacheDir = path.join(opts.cacheDir, "buildkit-layers");
  }
  opts;
  name = "local";
  can = LOCAL_CAPABILITIES;
  log;
  cache;
  layerCacheDir;
  scratch;
  /** A private scratch directory, made on first use. */
  get tempDir() {
    this.scratch ??= mkdtempSync(path.join(os.tmpdir(), "go-container-ci-"));
    return this.scratch;
  }
  outputs = /* @__PURE__ */ new Map();
  annotations = [];
  secrets = [];
  /** Removes this run's scratch directory (the report directory stays). */
  async dispose() {
    if (this.scratch) await rm(this.scratch, { recursive: true, force: true }).catch(() => void 0);
    this.scratch = void 0;
  }
  /** Replaces every registered secret with ***. */
  redact(text) {
    let t = text;
    for (const s of this.secrets) t = t.split(s).join("***");
    return t;
  }
  mask(secret) {
    if (secret.length > 0) this.secrets.push(secret);
  }
  setOutput(name, value) {
    this.outputs.set(name, value);
  }
  annotate(f) {
    this.annotations.push(f);
  }
  async appendSummary(markdown) {
    mkdirSync(this.opts.reportDir, { recursive: true });
    appendFileSync(path.join(this.opts.reportDir, "summary.md"), this.redact(markdown));
  }
};

// src/commands/common.ts
var LOCAL_FLAGS = [
  {
    name: "cache-dir",
    description: "Directory that keeps caches between runs (the local stand-in for @actions/cache)."
  },
  { name: "verbose", description: "Print debug lines.", boolean: true }
];
function defaultCacheDir() {
  return path2.join(
    process.env.XDG_CACHE_HOME || path2.join(os2.homedir(), ".cache"),
    "go-container-ci",
    "cache"
  );
}
function localSetup(args, cwd = process.cwd()) {
  const workspace = path2.resolve(cwd);
  const config = buildConfig((name) => args.inputs.get(name), {
    workspace,
    defaultReportDir: path2.join(workspace, "go-container-ci-report")
  });
  const host = new LocalHost({
    reportDir: config.reportPath,
    cacheDir: args.extra.get("cache-dir") ?? defaultCacheDir(),
    verbose: args.extra.get("verbose") === "true"
  });
  return { config, host };
}

// src/commands/run.ts
import { writeFile as writeFile2, mkdir as mkdir2 } from "node:fs/promises";
import path3 from "node:path";
async function runCommand(args) {
  const { config, host } = localSetup(args);
  let verdict;
  try {
    ({ verdict } = await runAll(config, host));
  } finally {
    await host.dispose();
  }
  for (const f of host.annotations) {
    process.stderr.write(
      `${host.redact(`${f.file}:${f.line ?? 0}:${f.column ?? 0}: ${f.severity} ${f.code} ${f.message}`)}
`
    );
  }
  await mkdir2(config.reportPath, { recursive: true });
  const outputs = Object.fromEntries(host.outputs);
  await writeFile2(path3.join(config.reportPath, "outputs.json"), `${JSON.stringify(outputs, null, 2)}
`);
  for (const [k, v] of host.outputs) {
    if (k !== "metadata") process.stdout.write(`${k}=${host.redact(v)}
`);
  }
  process.stderr.write(`${verdict.ok ? "pass" : "FAIL"}: ${verdict.reason} (report: ${config.reportPath})
`);
  return verdict.ok ? 0 : 1;
}

// src/commands/lint.ts
import { readdir as readdir2, realpath, stat as stat2 } from "node:fs/promises";
import path4 from "node:path";
var LINT_FORMATS = ["text", "json", "sarif"];
var LINT_FLAGS = [
  { name: "format", description: "Output format of `lint`: text, json or sarif.", default: "text" }
];
var DOCKERFILE_NAME = /^(Dockerfile|Containerfile)(\..+)?$|\.(Dockerfile|dockerfile)$/;
async function dockerfilesAt(p) {
  const s = await stat2(p).catch(() => void 0);
  if (!s) throw new UsageError(`'${p}' does not exist (expected a Dockerfile or a directory containing one)`);
  if (s.isFile()) return [await realpath(p)];
  if (!s.isDirectory()) throw new UsageError(`'${p}' is neither a file nor a directory`);
  const names = (await readdir2(p, { withFileTypes: true })).filter((e) => e.isFile() && DOCKERFILE_NAME.test(e.name) && !e.name.endsWith(".dockerignore")).map((e) => e.name).sort();
  if (names.length === 0) throw new UsageError(`no Dockerfile in directory '${p}'`);
  const dir = await realpath(p);
  return names.map((n) => path4.join(dir, n));
}
function inside(parent, child) {
  const rel = path4.relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !path4.isAbsolute(rel);
}
async function lintOne(args, cwd, dockerfile) {
  let workspace = cwd;
  const overrides = new Map(args.inputs);
  if (dockerfile) {
    const explicitContext = args.inputs.get("context");
    const contextAbs = explicitContext ? path4.resolve(cwd, explicitContext) : path4.dirname(dockerfile);
    if (!inside(cwd, dockerfile) || !inside(cwd, contextAbs)) workspace = contextAbs;
    if (!inside(workspace, dockerfile)) workspace = path4.dirname(dockerfile);
    overrides.set("context", path4.relative(workspace, contextAbs) || ".");
    overrides.set("dockerfile", path4.relative(workspace, dockerfile));
  }
  const config = buildConfig((name) => overrides.get(name), {
    workspace,
    defaultReportDir: path4.join(workspace, "go-container-ci-report")
  });
  const verbose = args.extra.get("verbose") === "true";
  const host = new LocalHost({
    reportDir: config.reportPath,
    cacheDir: args.extra.get("cache-dir") ?? defaultCacheDir(),
    verbose,
    ...verbose ? {} : { write: () => void 0 }
  });
  const ctx = new Context(config, host);
  try {
    await runPipeline(ctx, [discoverStage, lintStage]);
  } finally {
    await host.dispose();
  }
  return { ctx, config };
}
async function lintCommand(args) {
  const format = (args.extra.get("format") ?? "text").toLowerCase();
  if (!LINT_FORMATS.includes(format)) {
    throw new UsageError(`--format must be one of ${LINT_FORMATS.join(", ")}, got '${format}'`);
  }
  const cwd = process.cwd();
  const targets = [];
  for (const p of args.positionals) targets.push(...await dockerfilesAt(p));
  if (targets.length === 0) targets.push(void 0);
  const findings = [];
  const errors = [];
  let failOn = "error";
  for (const t of targets) {
    const { ctx, config } = await lintOne(args, cwd, t);
    failOn = config.failOn;
    const rebase = (file) => file === void 0 ? void 0 : path4.relative(cwd, path4.join(config.workspace, file)).split(path4.sep).join("/");
    for (const f of ctx.findings) {
      const file = rebase(f.file);
      findings.push(file !== void 0 ? { ...f, file } : f);
    }
    for (const s of ctx.stages) if (s.status === "failed") errors.push(`${s.name}: ${s.reason ?? "failed"}`);
  }
  findings.sort(compareFindings);
  const out = process.stdout;
  if (format === "text") {
    for (const f of findings) {
      out.write(`${f.file ?? "-"}:${f.line ?? 1}:${f.column ?? 1} ${f.code} ${f.severity} ${f.message}
`);
    }
  } else if (format === "json") {
    out.write(`${JSON.stringify({ findings, errors }, null, 2)}
`);
  } else {
    const version2 = true ? "0.1.0" : "dev";
    const log = toSarif(findings, {
      version: version2,
      rules: sarifRules(),
      srcRootUri: new URL(`file://${cwd.split(path4.sep).join("/")}/`).href
    });
    out.write(`${JSON.stringify(log, null, 2)}
`);
  }
  if (errors.length > 0) {
    for (const e of errors) process.stderr.write(`error: ${e}
`);
    return 2;
  }
  if (failOn === "never") return 0;
  return findings.some((f) => severityRank(f.severity) >= severityRank(failOn)) ? 1 : 0;
}

// src/commands/doctor.ts
function firstLine(text) {
  return text.trim().split("\n")[0]?.trim() ?? "";
}
var version = (tool, args) => async () => firstLine((await run(tool, args, { timeoutMs: 3e4 })).stdout);
async function doctorCommand(args) {
  const builder = args.inputs.get("builder");
  const checks = [
    {
      component: "docker CLI",
      required: true,
      probe: version("docker", ["version", "--format", "{{.Client.Version}}"])
    },
    {
      component: "Docker engine",
      required: false,
      probe: version("docker", ["version", "--format", "{{.Server.Version}}"])
    },
    { component: "buildx", required: true, probe: version("docker", ["buildx", "version"]) },
    {
      component: `builder ${builder ?? "(current)"}`,
      required: true,
      probe: async () => {
        const info = await bootstrapBuilder(builder);
        const dance = danceSupport(info);
        const platforms = info.nodes.flatMap((n) => n.platforms).join(", ");
        return `${describeBuilder(info)}, platforms ${platforms}; Go-cache dance: ${dance.ok ? dance.note ?? "yes" : `no: ${dance.reason}`}`;
      }
    },
    { component: "syft", required: false, probe: version("syft", ["version"]) },
    { component: "trivy", required: false, probe: version("trivy", ["--version"]) },
    {
      component: "cosign",
      required: false,
      probe: async () => firstLine(
        (await run("cosign", ["version"], { timeoutMs: 3e4 })).stdout.split("\n").find((l) => l.startsWith("GitVersion")) ?? ""
      )
    },
    { component: "go", required: false, probe: version("go", ["version"]) }
  ];
  let failed = false;
  for (const check of checks) {
    try {
      const detail = await check.probe();
      process.stdout.write(`ok    ${check.component.padEnd(22)} ${detail}
`);
    } catch (e) {
      const why = e instanceof ToolError ? e.message.split("\n")[0] : String(e);
      process.stdout.write(`${check.required ? "FAIL" : "miss"}  ${check.component.padEnd(22)} ${why}
`);
      if (check.required) failed = true;
    }
  }
  return failed ? 1 : 0;
}

// src/commands/analyze.ts
var ANALYZE_FORMATS = ["text", "json"];
var ANALYZE_FLAGS = [
  {
    name: "stats",
    description: "`analyze`: print the time taken and the peak memory (JSON) to stderr.",
    boolean: true
  }
];
function describe(p) {
  const lines = [
    `${p.platform}: ${(p.compressedBytes / 1024 / 1024).toFixed(1)} MiB compressed, ${p.files} files, ${p.layers.length} layers; user ${p.user || "root"}; runs ${JSON.stringify([...p.entrypoint, ...p.cmd])}`
  ];
  for (const b of p.binaries)
    lines.push(
      `  ${b.path}${b.entrypoint ? " (entrypoint)" : ""}: ${b.goVersion ?? "not Go"} ${[b.goos, b.goarch].filter(Boolean).join("/")} ${b.static ? "static" : `dynamic (${b.interpreter ?? "?"})`}${b.stripped ? ", stripped" : ""}`
    );
  return lines.join("\n");
}
async function analyzeCommand(args) {
  const format = (args.extra.get("format") ?? "text").toLowerCase();
  if (!ANALYZE_FORMATS.includes(format))
    throw new UsageError(
      `--format must be one of ${ANALYZE_FORMATS.join(", ")} for analyze, got '${format}'`
    );
  if (args.positionals.length === 0)
    throw new UsageError(
      "analyze needs an image: an OCI layout directory, an OCI archive or a docker-archive tar"
    );
  const failOn = args.inputs.get("fail-on") || "error";
  if (!FAIL_ON.includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, got '${failOn}'`);
  const platforms = (args.inputs.get("platforms") ?? "").split(/[\n,]/).map((p) => p.trim()).filter(Boolean);
  const disable = (args.inputs.get("lint-disable") ?? "").split(/[\n,]/).map((c) => c.trim()).filter(Boolean);
  const started = performance.now();
  const results = [];
  for (const location of args.positionals) {
    const images = await readAnalysedImages(location, platforms.length > 0 ? { platforms } : {});
    const findings = applyPolicy(
      issuesToFindings(
        images.map((img) => ({ platform: img.manifest.platform, issues: checkImage(img) })),
        void 0,
        location
      ),
      { disable }
    );
    results.push({ image: location, platforms: images.map(platformAnalysis), findings });
  }
  if (format === "json") process.stdout.write(`${JSON.stringify(results, null, 2)}
`);
  else
    for (const r of results) {
      for (const p of r.platforms) process.stdout.write(`${describe(p)}
`);
      for (const f of r.findings) process.stdout.write(`${f.code} ${f.severity} ${f.message}
`);
    }
  if (args.extra.get("stats") === "true")
    process.stderr.write(
      `${JSON.stringify({ elapsedMs: Math.round(performance.now() - started), maxRssBytes: process.resourceUsage().maxRSS * 1024 })}
`
    );
  if (failOn === "never") return 0;
  const threshold = severityRank(failOn);
  return results.some((r) => r.findings.some((f) => severityRank(f.severity) >= threshold)) ? 1 : 0;
}

// src/commands/post-comment.ts
import { readFile as readFile2 } from "node:fs/promises";

// src/github/comment-file.ts
var COMMENT_BODY_LIMIT = 65536;
var MARKER = /^<!-- go-container-ci:[^<>\s]+ -->$/;
function parseCommentFile(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error("the comment file is not JSON");
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new Error("the comment file is not a JSON object");
  const { marker, body, create } = data;
  if (typeof marker !== "string" || !MARKER.test(marker))
    throw new Error("the comment file has no go-container-ci marker (<!-- go-container-ci:IMAGE -->)");
  if (typeof body !== "string" || !body.startsWith(`${marker}
`))
    throw new Error("the comment body does not open with its marker");
  if (body.length > COMMENT_BODY_LIMIT)
    throw new Error(
      `the comment body has ${body.length} characters, more than GitHub's ${COMMENT_BODY_LIMIT}`
    );
  if (typeof create !== "boolean") throw new Error('the comment file has no boolean "create"');
  return { marker, body, create };
}
async function postCommentFile(rest, repo, issue, file, fork = false) {
  try {
    const result = await upsertStickyComment(rest, repo, issue, file.marker, file.body, {
      create: file.create,
      author: await commentAuthor(rest)
    });
    const message = result.action === "not-created" ? "PR comment: nothing to report and no earlier comment, so none was written" : `PR comment ${result.action}: ${result.url ?? `comment ${result.id} on #${issue}`}`;
    return { level: "info", message, result };
  } catch (e) {
    if (e instanceof GitHubHttpError && [401, 403, 404].includes(e.status)) {
      const why = fork ? "this pull request comes from a fork, where GITHUB_TOKEN is read-only" : "the token cannot write pull request comments (the job needs `permissions: pull-requests: write`)";
      return { level: "notice", message: `PR comment skipped: ${why}. GitHub answered ${e.status}.` };
    }
    return { level: "warning", message: `PR comment not written: ${e.message}` };
  }
}

// src/commands/post-comment.ts
var POST_COMMENT_FLAGS = [
  { name: "file", description: "post-comment: the JSON file comment-file wrote." }
];
function command(level, message) {
  const text = message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  return `::${level} title=go-container-ci PR comment::${text}
`;
}
async function postCommentCommand(args, env = process.env, out = (l) => void process.stdout.write(l)) {
  const path5 = args.extra.get("file");
  if (!path5)
    throw new UsageError("post-comment needs --file (the JSON file the build job's comment-file wrote)");
  let text;
  try {
    text = await readFile2(path5, "utf8");
  } catch {
    out(`no comment file at ${path5}: nothing to post
`);
    return 0;
  }
  let file;
  try {
    file = parseCommentFile(text);
  } catch (e) {
    out(command("error", `${path5}: ${e.message}`));
    return 1;
  }
  const info = gitHubRunInfo(env);
  const pr = info.pullRequest;
  const repo = pr?.baseRepo ?? info.repository;
  if (!pr || !repo) {
    out(command("notice", "PR comment skipped: this run is not for a pull request."));
    return 0;
  }
  const token = env.GITHUB_TOKEN ?? "";
  if (!token) {
    out(command("notice", "PR comment skipped: no GITHUB_TOKEN."));
    return 0;
  }
  out(`::add-mask::${token}
`);
  const rest = new GitHubRest({ apiUrl: info.apiUrl, token, onRetry: (m) => out(`${m}
`) });
  const posted = await postCommentFile(rest, repo, pr.number, file, pr.fork);
  out(posted.level === "info" ? `${posted.message}
` : command(posted.level, posted.message));
  return 0;
}

// src/cli.ts
var VERSION = true ? "0.1.0" : "dev";
var COMMANDS = {
  run: {
    summary: "lint, build, analyse and report: the whole pipeline",
    usage: "run [options]",
    flags: LOCAL_FLAGS,
    handler: runCommand
  },
  lint: {
    summary: "lint the Dockerfile, .dockerignore and go.mod (no build)",
    usage: "lint [paths...] [--format text|json|sarif] [options]",
    flags: [...LOCAL_FLAGS, ...LINT_FLAGS],
    handler: lintCommand
  },
  analyze: {
    summary: "check built images (OCI layout, OCI archive, docker save tar) and list their Go binaries",
    usage: "analyze IMAGE... [--format text|json] [--platforms P] [--stats]",
    flags: [...LOCAL_FLAGS, ...LINT_FLAGS, ...ANALYZE_FLAGS],
    handler: analyzeCommand
  },
  doctor: {
    summary: "check that docker, buildx, the builder and the supply-chain tools answer",
    usage: "doctor [--builder NAME]",
    flags: LOCAL_FLAGS,
    handler: doctorCommand
  },
  "post-comment": {
    summary: "post the sticky PR comment a build job wrote with comment-file (the comment job of a PR workflow)",
    usage: "post-comment --file FILE",
    flags: POST_COMMENT_FLAGS,
    handler: (args) => postCommentCommand(args)
  }
};
function help() {
  const cmds = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(13)} ${c.summary}`).join("\n");
  const local = [...LOCAL_FLAGS, ...LINT_FLAGS, ...ANALYZE_FLAGS, ...POST_COMMENT_FLAGS].map((f) => `  --${f.name}${f.boolean ? "" : " VALUE"}
      ${f.description}`).join("\n");
  return `go-container-ci ${VERSION}: build Go service container images fast, reproducibly and safely.

Usage: go-container-ci <command> [options]

Commands:
${cmds}

Options (the same names as the GitHub Action's inputs):
${inputsHelp()}

CLI options:
${local}

Exit codes: 0 passed, 1 failed (a stage failed or findings at/above --fail-on), 2 usage or input error.
`;
}
async function main(argv) {
  const [name, ...rest] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(help());
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "version") {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  const command2 = COMMANDS[name];
  if (!command2) {
    process.stderr.write(`error: unknown command '${name}'; commands: ${Object.keys(COMMANDS).join(", ")}
`);
    return 2;
  }
  try {
    if (rest.includes("--help") || rest.includes("-h")) {
      process.stdout.write(`Usage: go-container-ci ${command2.usage}

${help()}`);
      return 0;
    }
    return await command2.handler(parseArgs(rest, command2.flags));
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      process.stderr.write(`error: ${e.message}
`);
      return 2;
    }
    throw e;
  }
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(
      `go-container-ci crashed: ${e instanceof Error ? e.stack ?? e.message : String(e)}
`
    );
    process.exitCode = 1;
  }
);
export {
  main
};
