import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ParsedArgs } from '../cli/args.js';
import { runAll } from '../run.js';
import { localSetup } from './common.js';

/** `go-container-ci run`: the whole pipeline; outputs go to outputs.json and stdout as KEY=VALUE. */
export async function runCommand(args: ParsedArgs): Promise<number> {
  const { config, host } = localSetup(args);
  let verdict;
  try {
    ({ verdict } = await runAll(config, host));
  } finally {
    await host.dispose();
  }
  for (const f of host.annotations) {
    process.stderr.write(
      `${host.redact(`${f.file}:${f.line ?? 0}:${f.column ?? 0}: ${f.severity} ${f.code} ${f.message}`)}\n`,
    );
  }
  await mkdir(config.reportPath, { recursive: true });
  const outputs = Object.fromEntries(host.outputs);
  await writeFile(path.join(config.reportPath, 'outputs.json'), `${JSON.stringify(outputs, null, 2)}\n`);
  for (const [k, v] of host.outputs) {
    if (k !== 'metadata') process.stdout.write(`${k}=${host.redact(v)}\n`);
  }
  process.stderr.write(`${verdict.ok ? 'pass' : 'FAIL'}: ${verdict.reason} (report: ${config.reportPath})\n`);
  return verdict.ok ? 0 : 1;
}
