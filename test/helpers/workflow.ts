/** The `run:` scripts of the reusable workflow's steps, so tests run the very shell the workflow runs. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './action.js';

interface Workflow {
  jobs: Record<string, { steps: { name?: string; run?: string }[] }>;
}

/** The script of step `name` of `job` in .github/workflows/go-container.yml. */
export function workflowScript(job: string, name: string): string {
  const file = path.join(REPO_ROOT, '.github', 'workflows', 'go-container.yml');
  const wf = parse(readFileSync(file, 'utf8')) as Workflow;
  const script = wf.jobs[job]?.steps.find((s) => s.name === name)?.run;
  if (!script) throw new Error(`${file}: job ${job} has no step '${name}' with a run script`);
  return script;
}
