import type { ParsedArgs } from '../cli/args.js';
import { run, ToolError } from '../tools/exec.js';
import { bootstrapBuilder, danceSupport, describeBuilder } from '../tools/builder-info.js';

interface Check {
  readonly component: string;
  readonly required: boolean;
  readonly probe: () => Promise<string>;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.trim() ?? '';
}

const version = (tool: string, args: readonly string[]) => async () =>
  firstLine((await run(tool, args, { timeoutMs: 30_000 })).stdout);

/** `go-container-ci doctor`: is every tool there, and does the builder answer? */
export async function doctorCommand(args: ParsedArgs): Promise<number> {
  const builder = args.inputs.get('builder');
  const checks: Check[] = [
    {
      component: 'docker CLI',
      required: true,
      probe: version('docker', ['version', '--format', '{{.Client.Version}}']),
    },
    {
      component: 'Docker engine',
      required: false,
      probe: version('docker', ['version', '--format', '{{.Server.Version}}']),
    },
    { component: 'buildx', required: true, probe: version('docker', ['buildx', 'version']) },
    {
      component: `builder ${builder ?? '(current)'}`,
      required: true,
      probe: async () => {
        const info = await bootstrapBuilder(builder);
        const dance = danceSupport(info);
        const platforms = info.nodes.flatMap((n) => n.platforms).join(', ');
        return `${describeBuilder(info)}, platforms ${platforms}; Go-cache dance: ${dance.ok ? (dance.note ?? 'yes') : `no: ${dance.reason}`}`;
      },
    },
    { component: 'syft', required: false, probe: version('syft', ['version']) },
    { component: 'trivy', required: false, probe: version('trivy', ['--version']) },
    {
      component: 'cosign',
      required: false,
      probe: async () =>
        firstLine(
          (await run('cosign', ['version'], { timeoutMs: 30_000 })).stdout
            .split('\n')
            .find((l) => l.startsWith('GitVersion')) ?? '',
        ),
    },
    { component: 'go', required: false, probe: version('go', ['version']) },
  ];
  let failed = false;
  for (const check of checks) {
    try {
      const detail = await check.probe();
      process.stdout.write(`ok    ${check.component.padEnd(22)} ${detail}\n`);
    } catch (e) {
      const why = e instanceof ToolError ? e.message.split('\n')[0] : String(e);
      process.stdout.write(`${check.required ? 'FAIL' : 'miss'}  ${check.component.padEnd(22)} ${why}\n`);
      if (check.required) failed = true;
    }
  }
  return failed ? 1 : 0;
}
