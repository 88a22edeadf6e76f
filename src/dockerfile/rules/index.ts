/** The Dockerfile rule catalogue (the D entries of docs/rules), in code order. */
import { COMPILE_RULES } from './compile.js';
import { CONTENT_RULES } from './contents.js';
import { MODULE_RULES } from './modules.js';
import { PROCESS_RULES } from './process.js';
import type { Rule } from './types.js';

export const RULES: readonly Rule[] = [...PROCESS_RULES, ...COMPILE_RULES, ...MODULE_RULES, ...CONTENT_RULES];

export const RULES_BY_CODE: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.code, r]));

export type { Rule, RuleContext, LintInput, GoModInput, Report } from './types.js';
