/** CLI entry point (bundled to dist/cli.js, bin `go-container-ci`). Exit codes: 0 ok, 1 failed verdict, 2 usage or input error. */
import { ConfigError } from './config/config.js';
import { inputsHelp, parseArgs, UsageError, type ExtraFlag, type ParsedArgs } from './cli/args.js';
import { LOCAL_FLAGS } from './commands/common.js';
import { runCommand } from './commands/run.js';
import { lintCommand, LINT_FLAGS } from './commands/lint.js';
import { doctorCommand } from './commands/doctor.js';
import { analyzeCommand, ANALYZE_FLAGS } from './commands/analyze.js';
import { postCommentCommand, POST_COMMENT_FLAGS } from './commands/post-comment.js';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

interface Command {
  readonly summary: string;
  readonly usage: string;
  readonly flags: readonly ExtraFlag[];
  readonly handler: (args: ParsedArgs) => Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  run: {
    summary: 'lint, build, analyse and report: the whole pipeline',
    usage: 'run [options]',
    flags: LOCAL_FLAGS,
    handler: runCommand,
  },
  lint: {
    summary: 'lint the Dockerfile, .dockerignore and go.mod (no build)',
    usage: 'lint [paths...] [--format text|json|sarif] [options]',
    flags: [...LOCAL_FLAGS, ...LINT_FLAGS],
    handler: lintCommand,
  },
  analyze: {
    summary: 'check built images (OCI layout, OCI archive, docker save tar) and list their Go binaries',
    usage: 'analyze IMAGE... [--format text|json] [--platforms P] [--stats]',
    flags: [...LOCAL_FLAGS, ...LINT_FLAGS, ...ANALYZE_FLAGS],
    handler: analyzeCommand,
  },
  doctor: {
    summary: 'check that docker, buildx, the builder and the supply-chain tools answer',
    usage: 'doctor [--builder NAME]',
    flags: LOCAL_FLAGS,
    handler: doctorCommand,
  },
  'post-comment': {
    summary:
      'post the sticky PR comment a build job wrote with comment-file (the comment job of a PR workflow)',
    usage: 'post-comment --file FILE',
    flags: POST_COMMENT_FLAGS,
    handler: (args) => postCommentCommand(args),
  },
};

function help(): string {
  const cmds = Object.entries(COMMANDS)
    .map(([name, c]) => `  ${name.padEnd(13)} ${c.summary}`)
    .join('\n');
  const local = [...LOCAL_FLAGS, ...LINT_FLAGS, ...ANALYZE_FLAGS, ...POST_COMMENT_FLAGS]
    .map((f) => `  --${f.name}${f.boolean ? '' : ' VALUE'}\n      ${f.description}`)
    .join('\n');
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

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`error: unknown command '${name}'; commands: ${Object.keys(COMMANDS).join(', ')}\n`);
    return 2;
  }
  try {
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`Usage: go-container-ci ${command.usage}\n\n${help()}`);
      return 0;
    }
    return await command.handler(parseArgs(rest, command.flags));
  } catch (e) {
    if (e instanceof UsageError || e instanceof ConfigError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      `go-container-ci crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
    );
    process.exitCode = 1;
  },
);
