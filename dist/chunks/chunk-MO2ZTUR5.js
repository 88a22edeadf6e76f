import { createRequire as __gccCreateRequire } from 'node:module';
const require = __gccCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/config/config.ts
import path from "node:path";

// src/config/errors.ts
var InputError = class extends Error {
  constructor(input, detail) {
    super(`input '${input}': ${detail}`);
    this.input = input;
    this.name = "InputError";
  }
  input;
};

// src/config/reference.ts
var COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
var PATH = `${COMPONENT}(?:/${COMPONENT})*`;
var DOMAIN = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?";
var REFERENCE = new RegExp(
  `^(?:(${DOMAIN})/)?(${PATH})(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}))?$`
);
function parseImageReference(text) {
  if (text.length === 0 || text.length > 4096) return void 0;
  const m = REFERENCE.exec(text);
  if (!m) return void 0;
  let domain = m[1];
  let path6 = m[2];
  if (domain !== void 0 && !/[.:]|^localhost$|^\[/.test(domain)) {
    if (!new RegExp(`^${COMPONENT}$`).test(domain)) return void 0;
    path6 = `${domain}/${path6}`;
    domain = void 0;
  }
  const registry = domain ?? "docker.io";
  const repository = registry === "docker.io" && !path6.includes("/") ? `library/${path6}` : path6;
  if (repository.length > 255) return void 0;
  const ref = {
    registry,
    repository
  };
  if (m[3] !== void 0) ref.tag = m[3];
  if (m[4] !== void 0) ref.digest = m[4];
  return ref;
}
var KNOWN_OS = [
  "linux",
  "windows",
  "darwin",
  "freebsd",
  "netbsd",
  "openbsd",
  "illumos",
  "solaris",
  "aix",
  "plan9",
  "js",
  "wasip1",
  "android",
  "ios",
  "dragonfly"
];
var KNOWN_ARCH = [
  "amd64",
  "386",
  "arm",
  "arm64",
  "ppc64le",
  "ppc64",
  "s390x",
  "riscv64",
  "mips64le",
  "mips64",
  "mipsle",
  "mips",
  "loong64",
  "wasm"
];
function parsePlatform(text) {
  const parts = text.split("/");
  if (parts.length < 2 || parts.length > 3) return void 0;
  const [os, architecture, variant] = parts;
  if (!KNOWN_OS.includes(os)) return void 0;
  if (!KNOWN_ARCH.includes(architecture)) return void 0;
  if (variant !== void 0 && !/^v[0-9]+(?:\.[0-9]+)?$/.test(variant)) return void 0;
  return variant === void 0 ? { os, architecture } : { os, architecture, variant };
}

// src/pipeline/finding.ts
var SEVERITIES = ["error", "warning", "info"];
var RANK = { error: 3, warning: 2, info: 1 };
function severityRank(s) {
  return RANK[s];
}
function compareFindings(a, b) {
  return RANK[b.severity] - RANK[a.severity] || (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code);
}

// src/config/inputs.ts
function spec(s) {
  return s;
}
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function booleanInput(name, description, def) {
  return spec({
    name,
    description,
    default: String(def),
    flag: true,
    parse(raw) {
      const v = raw.trim();
      if (v === "") return def;
      if (TRUE.includes(v)) return true;
      if (FALSE.includes(v)) return false;
      throw new InputError(name, `expected true or false, got '${preview(v)}'`);
    }
  });
}
function stringInput(name, description, def = "", validate, opts = {}) {
  return spec({
    name,
    description,
    default: def,
    ...opts.secret ? { secret: true } : {},
    parse(raw) {
      const v = raw.trim() === "" ? def : raw.trim();
      if (/[\0\r\n]/.test(v)) throw new InputError(name, "expected a single line without control characters");
      const problem = v === "" ? void 0 : validate?.(v);
      if (problem) throw new InputError(name, problem);
      return v;
    }
  });
}
function listInput(name, description, validateItem, splitCommas) {
  return spec({
    name,
    description,
    default: "",
    list: true,
    parse(raw) {
      const items = raw.split(splitCommas ? /[\n,]/ : /\n/).map((s) => s.replace(/\r$/, "").trim()).filter((s) => s !== "" && !s.startsWith("#"));
      for (const item of items) {
        if (item.includes("\0")) throw new InputError(name, "expected text without NUL characters");
        const problem = validateItem(item);
        if (problem) throw new InputError(name, `'${preview(item)}': ${problem}`);
      }
      return Object.freeze([...new Set(items)]);
    }
  });
}
function enumInput(name, description, values, def) {
  return spec({
    name,
    description: `${description} One of: ${values.join(", ")}.`,
    default: def,
    parse(raw) {
      const v = raw.trim() === "" ? def : raw.trim().toLowerCase();
      if (!values.includes(v)) {
        throw new InputError(name, `expected one of ${values.join(", ")}, got '${preview(v)}'`);
      }
      return v;
    }
  });
}
function keyValueInput(name, description, keyPattern, keyHint) {
  return spec({
    name,
    description,
    default: "",
    list: true,
    parse(raw) {
      const out = {};
      for (const line of raw.split("\n").map((l) => l.replace(/\r$/, ""))) {
        if (line.trim() === "" || line.trim().startsWith("#")) continue;
        const eq = line.indexOf("=");
        const key = (eq < 0 ? line : line.slice(0, eq)).trim();
        if (eq < 0) throw new InputError(name, `expected KEY=VALUE lines, got '${preview(line)}'`);
        if (!keyPattern.test(key))
          throw new InputError(name, `'${preview(key)}' is not a valid key (${keyHint})`);
        if (line.includes("\0")) throw new InputError(name, "expected text without NUL characters");
        out[key] = line.slice(eq + 1);
      }
      return Object.freeze(out);
    }
  });
}
function preview(text, max = 60) {
  const oneLine = JSON.stringify(text).slice(1, -1);
  return oneLine.length > max ? `${oneLine.slice(0, max)}\u2026` : oneLine;
}
var STAGE_NAMES = [
  "discover",
  "lint",
  "snapshot",
  "cache-restore",
  "build",
  "cache-save",
  "analyze",
  "smoke",
  "reproduce",
  "sbom",
  "scan",
  "sign"
];
var FAIL_ON = [...SEVERITIES, "never"];
function validateRelativePath(v) {
  if (v.includes("\0")) return "expected a path";
  return void 0;
}
var INPUTS = {
  context: stringInput(
    "context",
    "Build context directory, relative to the workspace.",
    ".",
    validateRelativePath
  ),
  dockerfile: stringInput(
    "dockerfile",
    "Path of the Dockerfile, relative to the workspace. Default: `<context>/Dockerfile`.",
    "",
    validateRelativePath
  ),
  target: stringInput(
    "target",
    "Build stage to target (`--target`). Default: the last stage.",
    "",
    (v) => /^[A-Za-z][A-Za-z0-9_.-]*$/.test(v) ? void 0 : "expected a stage name (letters, digits, _ . -)"
  ),
  platforms: listInput(
    "platforms",
    "Target platforms, comma or newline separated (e.g. `linux/amd64,linux/arm64`). Default: the builder's platform.",
    (v) => parsePlatform(v) ? void 0 : "expected os/arch[/variant] with a known os and architecture, e.g. linux/arm64 or linux/arm/v7",
    true
  ),
  tags: listInput(
    "tags",
    "Image references to tag the build with, comma or newline separated (e.g. `ghcr.io/acme/api:1.2.3`).",
    (v) => {
      const ref = parseImageReference(v);
      if (!ref) return "expected an image reference like registry/name:tag (lowercase name)";
      if (ref.digest) return "a tag cannot contain a digest";
      return void 0;
    },
    true
  ),
  push: booleanInput("push", "Push the image to the registry of its tags.", false),
  load: booleanInput("load", "Load the image into the local Docker engine.", false),
  buildArgs: keyValueInput(
    "build-args",
    "Build arguments, one `KEY=VALUE` per line. Never put secrets here: they are visible in the image history.",
    /^[A-Za-z_][A-Za-z0-9_]*$/,
    "letters, digits and _, not starting with a digit"
  ),
  labels: keyValueInput(
    "labels",
    "Image labels, one `KEY=VALUE` per line.",
    /^[A-Za-z0-9][A-Za-z0-9._/-]*$/,
    "letters, digits, . _ / -"
  ),
  builder: stringInput(
    "builder",
    "Name of the buildx builder to use. Default: the current builder.",
    "",
    (v) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(v) ? void 0 : "expected a builder name (letters, digits, _ . -)"
  ),
  skip: listInput(
    "skip",
    `Stages to skip, comma separated. Stages: ${STAGE_NAMES.join(", ")}.`,
    (v) => STAGE_NAMES.includes(v) ? void 0 : `expected a stage name: ${STAGE_NAMES.join(", ")}`,
    true
  ),
  failOn: enumInput(
    "fail-on",
    "Fail the job when a finding of this severity or higher exists.",
    FAIL_ON,
    "error"
  ),
  reportDir: stringInput(
    "report-dir",
    "Directory for report files (SARIF, Markdown, metadata). Default: a temporary directory.",
    "",
    validateRelativePath
  ),
  githubToken: stringInput(
    "github-token",
    "Token for the PR comment. Default: the job's GITHUB_TOKEN.",
    "",
    void 0,
    { secret: true }
  )
};

// src/config/config.ts
var ConfigError = class extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join("\n"));
    this.errors = errors;
    this.name = "ConfigError";
  }
  errors;
};
function insideWorkspace(input, workspace, value) {
  const abs = path.resolve(workspace, value);
  const rel = path.relative(workspace, abs);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new InputError(input, `'${value}' resolves to ${abs}, outside the workspace ${workspace}`);
  }
  return abs;
}
function buildConfig(raw, env) {
  const errors = [];
  const values = {};
  for (const key of Object.keys(INPUTS)) {
    const spec2 = INPUTS[key];
    try {
      values[key] = spec2.parse(raw(spec2.name) ?? "");
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else throw e;
    }
  }
  const v = values;
  let contextDir = "";
  let dockerfilePath = "";
  let reportPath = "";
  if (errors.length === 0) {
    const attempt = (fn) => {
      try {
        fn();
      } catch (e) {
        if (e instanceof InputError) errors.push(e);
        else throw e;
      }
    };
    attempt(() => contextDir = insideWorkspace("context", env.workspace, v.context));
    attempt(() => {
      dockerfilePath = v.dockerfile ? insideWorkspace("dockerfile", env.workspace, v.dockerfile) : path.join(contextDir || env.workspace, "Dockerfile");
    });
    reportPath = v.reportDir ? path.resolve(env.workspace, v.reportDir) : env.defaultReportDir;
    if (v.push && v.tags.length === 0)
      errors.push(
        new InputError("tags", "push is true but no tags are given: name at least one image reference")
      );
    if (v.load && v.platforms.length > 1) {
      errors.push(
        new InputError(
          "load",
          `cannot load ${v.platforms.length} platforms into the Docker engine at once (its image store holds one platform per tag); build one platform with load, or push a multi-platform index`
        )
      );
    }
  }
  if (errors.length > 0) throw new ConfigError(errors);
  return Object.freeze({ ...v, workspace: env.workspace, contextDir, dockerfilePath, reportPath });
}
function secretValues(config) {
  return Object.keys(INPUTS).filter((k) => INPUTS[k].secret).map((k) => config[k]).filter((v) => typeof v === "string" && v.length > 0);
}

// src/pipeline/context.ts
var Context = class {
  constructor(config, host) {
    this.config = config;
    this.host = host;
  }
  config;
  host;
  findings = [];
  stages = [];
  facts = {};
  addFindings(findings) {
    for (const f of findings) this.findings.push(f);
  }
  stageStatus(name) {
    return this.stages.find((s) => s.name === name)?.status;
  }
};

// src/pipeline/pipeline.ts
function errorMessage(e) {
  return e instanceof Error ? e.message : String(e);
}
async function runPipeline(ctx, stages) {
  let failed;
  for (const stage of stages) {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const reason = ctx.config.skip.includes(stage.name) ? "skipped by the skip input" : failed !== void 0 ? `not run: stage '${failed}' failed` : stage.skip(ctx);
    if (reason !== void 0) {
      ctx.stages.push({ name: stage.name, status: "skipped", reason, durationMs: 0 });
      ctx.host.log.debug(`${stage.name}: skipped (${reason})`);
      continue;
    }
    try {
      await ctx.host.log.group(stage.name, () => stage.run(ctx));
      ctx.stages.push({ name: stage.name, status: "ok", durationMs: elapsed() });
    } catch (e) {
      ctx.stages.push({ name: stage.name, status: "failed", reason: errorMessage(e), durationMs: elapsed() });
      ctx.host.log.error(`${stage.name} failed: ${errorMessage(e)}`);
      failed = stage.name;
    }
  }
}
function verdict(ctx) {
  const failedStage = ctx.stages.find((s) => s.status === "failed");
  if (failedStage)
    return { ok: false, reason: `stage '${failedStage.name}' failed: ${failedStage.reason ?? ""}` };
  const failOn = ctx.config.failOn;
  if (failOn !== "never") {
    const blocking = ctx.findings.filter((f) => severityRank(f.severity) >= severityRank(failOn));
    if (blocking.length > 0) {
      return { ok: false, reason: `${blocking.length} finding(s) at or above '${failOn}'` };
    }
  }
  return { ok: true, reason: "all stages passed" };
}

// src/report/report.ts
import { mkdir, writeFile } from "node:fs/promises";
import path2 from "node:path";

// src/report/outputs.ts
function outputValues(ctx, ok) {
  const build = ctx.facts.build;
  return {
    digest: build?.digest ?? "",
    "image-id": build?.imageId ?? "",
    metadata: build ? JSON.stringify(build.metadata) : "",
    "findings-count": String(ctx.findings.length),
    "report-dir": ctx.config.reportPath,
    verdict: ok ? "pass" : "fail"
  };
}

// src/report/markdown.ts
function escapeCell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>").replace(/</g, "&lt;");
}
function table(header, rows) {
  const line = (cells) => `| ${cells.map(escapeCell).join(" | ")} |`;
  return [line(header), `|${header.map(() => "---").join("|")}|`, ...rows.map(line)].join("\n");
}
function details(summary, body) {
  return `<details><summary>${escapeCell(summary)}</summary>

${body}

</details>`;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${ms} ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
  return `${Math.floor(ms / 6e4)} min ${Math.round(ms % 6e4 / 1e3)} s`;
}

// src/report/summary.ts
var ICON = { ok: "\u2705", skipped: "\u23ED\uFE0F", failed: "\u274C" };
var SEVERITY_ICON = { error: "\u274C", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" };
function renderSummary(ctx, v) {
  const parts = [];
  const build = ctx.facts.build;
  const headline = v.ok ? "\u2705 go-container-ci passed" : `\u274C go-container-ci failed: ${escapeCell(v.reason)}`;
  parts.push(`## ${headline}`);
  const facts = [];
  if (ctx.facts.discover) facts.push(`Dockerfile \`${ctx.facts.discover.dockerfile}\``);
  if (build?.digest) facts.push(`digest \`${build.digest}\``);
  if (build?.tags.length) facts.push(`tags ${build.tags.map((t) => `\`${t}\``).join(", ")}`);
  facts.push(`${ctx.findings.length} finding(s)`);
  parts.push(facts.join(" \xB7 "));
  parts.push(
    table(
      ["Stage", "Result", "Time", "Note"],
      ctx.stages.map((s) => [
        s.name,
        `${ICON[s.status]} ${s.status}`,
        s.status === "skipped" ? "" : formatDuration(s.durationMs),
        s.reason ?? ""
      ])
    )
  );
  if (ctx.findings.length > 0) {
    const sorted = [...ctx.findings].sort(compareFindings);
    const rows = sorted.map((f) => [
      `${SEVERITY_ICON[f.severity]} ${f.severity}`,
      `[${f.code}](${f.docsUrl})`,
      f.file ? `${f.file}${f.line ? `:${f.line}` : ""}` : "",
      f.message
    ]);
    parts.push("### Findings", table(["Severity", "Rule", "Where", "Message"], rows));
  }
  if (build && build.steps.length > 0) {
    const cached = build.steps.filter((s) => s.cached).length;
    const rows = build.steps.map((s) => [
      s.name,
      s.cached ? "cached" : s.error ? "failed" : "built",
      s.durationMs !== void 0 ? formatDuration(s.durationMs) : ""
    ]);
    parts.push(
      details(
        `Build steps: ${build.steps.length}, ${cached} cached, ${formatDuration(build.durationMs)} in all`,
        table(["Step", "Result", "Time"], rows)
      )
    );
  }
  return `${parts.join("\n\n")}
`;
}

// src/report/report.ts
async function report(ctx) {
  const v = verdict(ctx);
  const { host } = ctx;
  for (const f of [...ctx.findings].sort(compareFindings)) {
    if (f.file) host.annotate(f);
  }
  for (const [name, value] of Object.entries(outputValues(ctx, v.ok))) host.setOutput(name, value);
  const summary = renderSummary(ctx, v);
  await host.appendSummary(summary);
  await mkdir(ctx.config.reportPath, { recursive: true });
  await writeFile(path2.join(ctx.config.reportPath, "report.md"), summary);
  await writeFile(
    path2.join(ctx.config.reportPath, "findings.json"),
    `${JSON.stringify([...ctx.findings].sort(compareFindings), null, 2)}
`
  );
  return v;
}

// src/stages/discover.ts
import { readFile, readdir, stat } from "node:fs/promises";
import path3 from "node:path";

// src/gomod/gomod.ts
function tokenize(line) {
  const tokens = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === " " || c === "	" || c === "\r") {
      i++;
    } else if (line.startsWith("//", i)) {
      return { tokens, comment: line.slice(i + 2).trim() };
    } else if (c === '"' || c === "`") {
      let j = i + 1;
      let value = "";
      while (j < line.length && line[j] !== c) {
        if (c === '"' && line[j] === "\\" && j + 1 < line.length) {
          value += line[j + 1];
          j += 2;
        } else {
          value += line[j];
          j++;
        }
      }
      tokens.push(value);
      i = j + 1;
    } else if (c === "(" || c === ")") {
      tokens.push(c);
      i++;
    } else {
      let j = i;
      while (j < line.length && !" 	\r()".includes(line[j]) && !line.startsWith("//", j)) j++;
      tokens.push(line.slice(i, j));
      i = j;
    }
  }
  return { tokens, comment: "" };
}
function parseGoMod(text) {
  const requires = [];
  const replaces = [];
  const excludes = [];
  const problems = [];
  const result = {};
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  let block;
  const handle = (verb, args, comment, line) => {
    switch (verb) {
      case "module":
      case "go":
      case "toolchain":
        if (args.length !== 1) problems.push({ line, message: `${verb} directive expects one argument` });
        else result[verb] = { value: args[0], line };
        break;
      case "require":
        if (args.length !== 2)
          problems.push({ line, message: "require expects a module path and a version" });
        else
          requires.push({
            path: args[0],
            version: args[1],
            indirect: /(^|;\s*)indirect(;|$)/.test(comment),
            line
          });
        break;
      case "exclude":
        if (args.length !== 2)
          problems.push({ line, message: "exclude expects a module path and a version" });
        else excludes.push({ path: args[0], version: args[1], line });
        break;
      case "replace": {
        const arrow = args.indexOf("=>");
        const left = args.slice(0, arrow);
        const right = args.slice(arrow + 1);
        if (arrow < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
          problems.push({ line, message: "replace expects: path [version] => path [version]" });
        } else {
          replaces.push({
            oldPath: left[0],
            ...left[1] !== void 0 ? { oldVersion: left[1] } : {},
            newPath: right[0],
            ...right[1] !== void 0 ? { newVersion: right[1] } : {},
            line
          });
        }
        break;
      }
      default:
        break;
    }
  };
  lines.forEach((raw, index) => {
    const line = index + 1;
    const { tokens, comment } = tokenize(raw);
    if (tokens.length === 0) return;
    if (block !== void 0) {
      if (tokens[0] === ")") {
        block = void 0;
        return;
      }
      handle(block, tokens, comment, line);
      return;
    }
    const [verb, ...rest] = tokens;
    if (rest[0] === "(") {
      if (rest.length > 1 && rest[rest.length - 1] === ")") return;
      block = verb;
      return;
    }
    handle(verb, rest, comment, line);
  });
  if (block !== void 0) problems.push({ line: lines.length, message: `unterminated ${block} block` });
  return { ...result, requires, replaces, excludes, problems };
}

// src/stages/discover.ts
var MAX_DOCKERFILE_BYTES = 4 * 1024 * 1024;
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", "vendor", "testdata", ".cache"]);
var MAX_GOMOD_SEARCH_DEPTH = 4;
function toPosixRelative(workspace, abs) {
  return path3.relative(workspace, abs).split(path3.sep).join("/");
}
async function readIfFile(file, maxBytes) {
  try {
    const s = await stat(file);
    if (!s.isFile()) return void 0;
    if (s.size > maxBytes) throw new Error(`${file} is ${s.size} bytes; the limit is ${maxBytes}`);
    return await readFile(file, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw e;
  }
}
async function findGoMods(dir, depth = 0) {
  if (depth > MAX_GOMOD_SEARCH_DEPTH) return [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const found = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.isFile() && e.name === "go.mod") found.push(path3.join(dir, e.name));
  }
  for (const e of entries) {
    if (e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith(".")) {
      found.push(...await findGoMods(path3.join(dir, e.name), depth + 1));
    }
  }
  return found;
}
var discoverStage = {
  name: "discover",
  description: "Find the Dockerfile, .dockerignore and go.mod files, and the Go version the module asks for.",
  skip: () => void 0,
  async run(ctx) {
    const { config } = ctx;
    const contextStat = await stat(config.contextDir).catch(() => void 0);
    if (!contextStat?.isDirectory())
      throw new InputError("context", `${config.contextDir} is not a directory`);
    const dockerfileText = await readIfFile(config.dockerfilePath, MAX_DOCKERFILE_BYTES);
    if (dockerfileText === void 0) {
      throw new InputError(
        "dockerfile",
        `no Dockerfile at ${config.dockerfilePath} (set the dockerfile input to its path)`
      );
    }
    let dockerignore;
    for (const candidate of [
      `${config.dockerfilePath}.dockerignore`,
      path3.join(config.contextDir, ".dockerignore")
    ]) {
      const text = await readIfFile(candidate, MAX_DOCKERFILE_BYTES);
      if (text !== void 0) {
        dockerignore = { file: toPosixRelative(config.workspace, candidate), text };
        break;
      }
    }
    const goMods = [];
    for (const file of await findGoMods(config.contextDir)) {
      const text = await readIfFile(file, MAX_DOCKERFILE_BYTES);
      if (text !== void 0)
        goMods.push({ file: toPosixRelative(config.workspace, file), mod: parseGoMod(text) });
    }
    const main = goMods[0]?.mod;
    const goVersion = main?.toolchain?.value.replace(/^go/, "") ?? main?.go?.value;
    ctx.facts.discover = {
      dockerfile: toPosixRelative(config.workspace, config.dockerfilePath),
      dockerfileText,
      ...dockerignore ? { dockerignore } : {},
      goMods,
      ...goVersion ? { goVersion } : {}
    };
    ctx.host.log.info(
      `Dockerfile ${ctx.facts.discover.dockerfile}; ${goMods.length} go.mod file(s)${goVersion ? `; Go ${goVersion}` : ""}`
    );
  }
};

// src/stages/build.ts
import { mkdir as mkdir2 } from "node:fs/promises";
import path5 from "node:path";

// src/tools/buildx.ts
import { readFile as readFile2 } from "node:fs/promises";

// src/tools/buildx-metadata.ts
var DIGEST = /^sha256:[a-f0-9]{64}$/;
function str(v) {
  return typeof v === "string" && v !== "" ? v : void 0;
}
function parseBuildMetadata(text) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`buildx metadata file is not JSON: ${e.message}`, { cause: e });
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new Error("buildx metadata file is not a JSON object");
  const obj = raw;
  const descriptor = obj["containerimage.descriptor"];
  const digest = [str(obj["containerimage.digest"]), str(descriptor?.digest)].find(
    (d) => d && DIGEST.test(d)
  );
  const configDigest = str(obj["containerimage.config.digest"]);
  const names = str(obj["image.name"]);
  const buildRef = str(obj["buildx.build.ref"]);
  return {
    ...digest ? { digest } : {},
    ...configDigest && DIGEST.test(configDigest) ? { configDigest } : {},
    imageNames: names ? names.split(",").map((s) => s.trim()).filter(Boolean) : [],
    ...buildRef ? { buildRef } : {},
    raw: obj
  };
}
var BuildProgress = class _BuildProgress {
  vertexes = /* @__PURE__ */ new Map();
  logs = /* @__PURE__ */ new Map();
  static MAX_LOG_PER_STEP = 32 * 1024;
  addLine(line) {
    const t = line.trim();
    if (!t.startsWith("{")) return;
    let status;
    try {
      status = JSON.parse(t);
    } catch {
      return;
    }
    if (Array.isArray(status.vertexes)) {
      for (const v of status.vertexes) {
        const digest = str(v?.digest);
        if (!digest) continue;
        const prev = this.vertexes.get(digest) ?? { name: "", cached: false };
        const next = { ...prev };
        const name = str(v.name);
        if (name) next.name = name;
        if (v.cached === true) next.cached = true;
        const started = str(v.started);
        if (started) next.started = started;
        const completed = str(v.completed);
        if (completed) next.completed = completed;
        const error = str(v.error);
        if (error) next.error = error;
        this.vertexes.set(digest, next);
      }
    }
    if (Array.isArray(status.logs)) {
      for (const l of status.logs) {
        const vertex = str(l?.vertex);
        const data = str(l?.data);
        if (!vertex || !data) continue;
        const text = Buffer.from(data, "base64").toString("utf8");
        this.logs.set(vertex, ((this.logs.get(vertex) ?? "") + text).slice(-_BuildProgress.MAX_LOG_PER_STEP));
      }
    }
  }
  steps() {
    return [...this.vertexes.entries()].filter(([, v]) => v.name !== "").map(([digest, v]) => {
      const ms = v.started && v.completed ? Date.parse(v.completed) - Date.parse(v.started) : void 0;
      return {
        digest,
        name: v.name,
        cached: v.cached,
        ...v.started ? { started: v.started } : {},
        ...v.completed ? { completed: v.completed } : {},
        ...ms !== void 0 && Number.isFinite(ms) && ms >= 0 ? { durationMs: ms } : {},
        ...v.error ? { error: v.error } : {}
      };
    }).sort((a, b) => (a.started ?? "").localeCompare(b.started ?? ""));
  }
  /** The failed step (the first with an error that is not just a cancellation) and its last log lines. */
  failure(maxLines = 25) {
    const failed = this.steps().filter((s) => s.error);
    const step = failed.find((s) => !/context canceled/.test(s.error ?? "")) ?? failed[0];
    if (!step) return void 0;
    const log = this.logs.get(step.digest) ?? "";
    return { step, logTail: log.replace(/\s+$/, "").split("\n").slice(-maxLines).join("\n") };
  }
};

// src/tools/exec.ts
import { spawn } from "node:child_process";
import { constants as fsConstants } from "node:fs";
import { access } from "node:fs/promises";
import path4 from "node:path";
var ToolError = class extends Error {
  constructor(tool, message) {
    super(message);
    this.tool = tool;
    this.name = "ToolError";
  }
  tool;
};
var ToolNotFoundError = class extends ToolError {
  constructor(tool, hint) {
    super(tool, `${tool} was not found on PATH${hint ? `: ${hint}` : ""}`);
    this.name = "ToolNotFoundError";
  }
};
var ToolFailedError = class extends ToolError {
  constructor(tool, args, exitCode, signal, stderrTail) {
    const how = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
    const tail = stderrTail.trim() ? `
--- last lines of stderr ---
${lastLines(stderrTail, 20)}` : "";
    super(tool, `${tool} ${args[0] ?? ""} ${how}${tail}`);
    this.args = args;
    this.exitCode = exitCode;
    this.signal = signal;
    this.stderrTail = stderrTail;
    this.name = "ToolFailedError";
  }
  args;
  exitCode;
  signal;
  stderrTail;
};
var ToolTimeoutError = class extends ToolError {
  constructor(tool, timeoutMs, stderrTail) {
    const tail = stderrTail.trim() ? `
--- last lines of stderr ---
${lastLines(stderrTail, 20)}` : "";
    super(
      tool,
      `${tool} did not finish within ${Math.round(timeoutMs / 1e3)}s and was killed with its child processes${tail}`
    );
    this.name = "ToolTimeoutError";
  }
};
function lastLines(text, n) {
  return text.replace(/\s+$/, "").split("\n").slice(-n).join("\n");
}
var STDERR_TAIL_BYTES = 64 * 1024;
var KILL_GRACE_MS = 3e3;
async function which(tool, env = process.env) {
  const candidates = tool.includes("/") ? [tool] : (env.PATH ?? "").split(path4.delimiter).filter(Boolean).map((dir) => path4.join(dir, tool));
  for (const candidate of candidates) {
    try {
      await access(candidate, fsConstants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
function lineSplitter(onLine) {
  let pending = "";
  return {
    push(chunk) {
      if (!onLine) return;
      pending += chunk;
      let nl;
      while ((nl = pending.indexOf("\n")) >= 0) {
        onLine(pending.slice(0, nl));
        pending = pending.slice(nl + 1);
      }
    },
    flush() {
      if (onLine && pending) onLine(pending);
      pending = "";
    }
  };
}
async function run(tool, args, opts = {}) {
  const env = opts.env ?? process.env;
  const file = await which(tool, env);
  if (!file) throw new ToolNotFoundError(tool, opts.installHint);
  const started = performance.now();
  const maxStdout = opts.maxStdoutBytes ?? 512 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      cwd: opts.cwd,
      env,
      stdio: ["pipe", "pipe", "pipe"],
      // Own process group, so a timeout can kill the tool and everything it started.
      detached: true
    });
    const stdoutChunks = [];
    let stdoutBytes = 0;
    let stderrTail = "";
    let timedOut = false;
    let overflow = false;
    const outLines = lineSplitter(opts.onStdoutLine);
    const errLines = lineSplitter(opts.onStderrLine);
    const killTree = (signal) => {
      try {
        if (child.pid !== void 0) process.kill(-child.pid, signal);
      } catch {
      }
    };
    let killTimer;
    const timer = opts.timeoutMs !== void 0 ? setTimeout(() => {
      timedOut = true;
      killTree("SIGTERM");
      killTimer = setTimeout(() => killTree("SIGKILL"), KILL_GRACE_MS);
    }, opts.timeoutMs) : void 0;
    child.stdout.on("data", (chunk) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdout) {
        if (!overflow) {
          overflow = true;
          killTree("SIGKILL");
        }
        return;
      }
      stdoutChunks.push(chunk);
      outLines.push(chunk.toString("utf8"));
    });
    child.stderr.on("data", (chunk) => {
      const text = chunk.toString("utf8");
      stderrTail = (stderrTail + text).slice(-STDERR_TAIL_BYTES);
      errLines.push(text);
    });
    child.stdin.on("error", () => {
    });
    if (opts.input !== void 0) child.stdin.end(opts.input);
    else child.stdin.end();
    child.on("error", (err) => {
      if (timer) clearTimeout(timer);
      reject(new ToolError(tool, `${tool} could not be started: ${err.message}`));
    });
    child.on("close", (code, signal) => {
      if (timer) clearTimeout(timer);
      if (timedOut || overflow) killTree("SIGKILL");
      if (killTimer) clearTimeout(killTimer);
      outLines.flush();
      errLines.flush();
      const durationMs = Math.round(performance.now() - started);
      if (timedOut) return reject(new ToolTimeoutError(tool, opts.timeoutMs ?? 0, stderrTail));
      if (overflow)
        return reject(
          new ToolError(tool, `${tool} printed more than ${maxStdout} bytes on stdout and was stopped`)
        );
      const exitCode = code ?? -1;
      if (signal || !(opts.okExitCodes ?? [0]).includes(exitCode)) {
        return reject(new ToolFailedError(tool, args, code, signal, stderrTail));
      }
      resolve({
        exitCode,
        stdout: Buffer.concat(stdoutChunks).toString("utf8"),
        stderr: stderrTail,
        durationMs
      });
    });
  });
}

// src/tools/buildx.ts
var BUILDX_INSTALL_HINT = "install Docker with the buildx plugin (GitHub-hosted runners have it; elsewhere see https://docs.docker.com/build/install-buildx/)";
function outputArg(o) {
  switch (o.kind) {
    case "push":
      return "type=image,push=true";
    case "load":
      return "type=docker";
    case "oci":
      return `type=oci,dest=${o.dest}`;
  }
}
function buildxBuildArgs(req) {
  const args = ["buildx", "build", "--progress=rawjson"];
  if (req.builder) args.push("--builder", req.builder);
  args.push("--file", req.dockerfile);
  if (req.target) args.push("--target", req.target);
  if (req.platforms.length > 0) args.push("--platform", req.platforms.join(","));
  for (const tag of req.tags) args.push("--tag", tag);
  for (const [k, v] of Object.entries(req.buildArgs)) args.push("--build-arg", `${k}=${v}`);
  for (const [k, v] of Object.entries(req.labels)) args.push("--label", `${k}=${v}`);
  for (const o of req.outputs) args.push("--output", outputArg(o));
  if (req.provenance !== void 0) args.push(`--provenance=${req.provenance}`);
  if (req.noCache) args.push("--no-cache");
  args.push("--metadata-file", req.metadataFile, "--iidfile", req.iidFile);
  args.push("--", req.contextDir);
  return args;
}
var BuildFailedError = class extends ToolError {
  constructor(message, step, logTail) {
    super("docker buildx", message);
    this.step = step;
    this.logTail = logTail;
    this.name = "BuildFailedError";
  }
  step;
  logTail;
};
var Buildx = class {
  constructor(env = process.env) {
    this.env = env;
  }
  env;
  async version() {
    const { stdout } = await run("docker", ["buildx", "version"], {
      env: this.env,
      timeoutMs: 3e4,
      installHint: BUILDX_INSTALL_HINT
    });
    const m = /\bv?(\d+\.\d+\.\d+[\w.+-]*)/.exec(stdout);
    if (!m)
      throw new ToolError(
        "docker buildx",
        `could not read a version from 'docker buildx version': ${stdout.trim().slice(0, 200)}`
      );
    return m[1];
  }
  async build(req, onLogLine, timeoutMs) {
    const progress = new BuildProgress();
    const started = performance.now();
    try {
      await run("docker", buildxBuildArgs(req), {
        env: this.env,
        installHint: BUILDX_INSTALL_HINT,
        ...timeoutMs !== void 0 ? { timeoutMs } : {},
        onStderrLine: (line) => {
          progress.addLine(line);
          if (onLogLine && !line.trimStart().startsWith("{")) onLogLine(line);
        }
      });
    } catch (e) {
      const failure = progress.failure();
      if (failure && e instanceof ToolFailedError) {
        throw new BuildFailedError(
          `build failed at step '${failure.step.name}': ${failure.step.error}${failure.logTail ? `
--- last lines of the step's log ---
${failure.logTail}` : ""}`,
          failure.step,
          failure.logTail
        );
      }
      throw e;
    }
    const metadata = parseBuildMetadata(await readFile2(req.metadataFile, "utf8"));
    const iid = (await readFile2(req.iidFile, "utf8").catch(() => "")).trim();
    return {
      metadata,
      ...iid ? { imageId: iid } : {},
      steps: progress.steps(),
      durationMs: Math.round(performance.now() - started)
    };
  }
};

// src/stages/build.ts
function plannedOutputs(ctx, workDir) {
  const outputs = [];
  if (ctx.config.push) outputs.push({ kind: "push" });
  if (ctx.config.load) outputs.push({ kind: "load" });
  if (outputs.length === 0) outputs.push({ kind: "oci", dest: path5.join(workDir, "image.oci.tar") });
  return outputs;
}
var buildStage = {
  name: "build",
  description: "Build the image with docker buildx (BuildKit): platforms, tags, push/load/OCI output, digest and step timings.",
  skip: (ctx) => ctx.facts.discover ? void 0 : "nothing discovered to build",
  async run(ctx) {
    const { config, host } = ctx;
    const buildx = new Buildx();
    const buildxVersion = await buildx.version();
    const workDir = path5.join(config.reportPath, "build");
    await mkdir2(workDir, { recursive: true });
    const outputs = plannedOutputs(ctx, workDir);
    const metadataFile = path5.join(workDir, "metadata.json");
    const outcome = await buildx.build(
      {
        contextDir: config.contextDir,
        dockerfile: config.dockerfilePath,
        ...config.target ? { target: config.target } : {},
        platforms: config.platforms,
        tags: config.tags,
        outputs,
        buildArgs: config.buildArgs,
        labels: config.labels,
        ...config.builder ? { builder: config.builder } : {},
        metadataFile,
        iidFile: path5.join(workDir, "iid.txt")
      },
      (line) => host.log.info(line)
    );
    const oci = outputs.find((o) => o.kind === "oci");
    const digest = outcome.metadata.digest;
    ctx.facts.build = {
      ...digest ? { digest } : {},
      ...outcome.metadata.configDigest ?? outcome.imageId ? { imageId: outcome.metadata.configDigest ?? outcome.imageId } : {},
      tags: config.tags,
      pushed: config.push,
      loaded: config.load,
      ...oci ? { ociArchive: oci.dest } : {},
      metadata: outcome.metadata.raw,
      metadataFile,
      steps: outcome.steps,
      durationMs: outcome.durationMs,
      buildxVersion
    };
    const cached = outcome.steps.filter((s) => s.cached).length;
    host.log.info(
      `built in ${(outcome.durationMs / 1e3).toFixed(1)}s, ${cached}/${outcome.steps.length} steps cached${digest ? `, digest ${digest}` : ""}`
    );
  }
};

// src/stages/index.ts
function defaultStages() {
  return [discoverStage, buildStage];
}

// src/run.ts
async function runAll(config, host, stages = defaultStages()) {
  for (const secret of secretValues(config)) host.mask(secret);
  const ctx = new Context(config, host);
  await runPipeline(ctx, stages);
  const verdict2 = await report(ctx);
  return { ctx, verdict: verdict2 };
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  INPUTS,
  ConfigError,
  buildConfig,
  Context,
  runPipeline,
  discoverStage,
  ToolError,
  run,
  runAll
};
