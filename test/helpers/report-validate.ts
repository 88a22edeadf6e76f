/**
 * Validators for the report files: SARIF against the official 2.1.0 schema, GitLab Code Quality against the
 * fields GitLab documents, JUnit XML through a real XML parser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const require = createRequire(import.meta.url);
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

let sarif: ValidateFunction | undefined;

/** The SARIF 2.1.0 schema shipped by @microsoft/jest-sarif (draft-04 `id` renamed for Ajv 8). */
export function sarifValidator(): ValidateFunction {
  if (sarif) return sarif;
  const file = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  sarif = ajv.compile(schema);
  return sarif;
}

/**
 * GitLab's documented Code Quality format (docs.gitlab.com/ci/testing/code_quality: "Code Quality report
 * format"): an array of objects with description, check_name, fingerprint, severity and location.path /
 * location.lines.begin.
 */
export const GITLAB_CODE_QUALITY_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', minLength: 1 },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          path: { type: 'string', minLength: 1, not: { pattern: '^(/|\\./)' } },
          lines: {
            type: 'object',
            required: ['begin'],
            properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } },
          },
        },
      },
    },
  },
} as const;

export function gitlabValidator(): ValidateFunction {
  return new Ajv({ strict: false, allErrors: true }).compile(GITLAB_CODE_QUALITY_SCHEMA);
}

export interface ParsedJUnit {
  readonly testsuites: {
    readonly '@_tests': string;
    readonly '@_failures': string;
    readonly '@_errors': string;
    readonly '@_skipped': string;
    readonly testsuite: readonly {
      readonly '@_name': string;
      readonly '@_tests': string;
      readonly '@_failures': string;
      readonly testcase: readonly {
        readonly '@_name': string;
        readonly failure?: { readonly '@_message': string; readonly '#text'?: string };
        readonly error?: unknown;
        readonly skipped?: unknown;
        readonly 'system-out'?: string;
      }[];
    }[];
  };
}

/** Parses JUnit XML strictly: throws when it is not well-formed. */
export function parseJUnit(xml: string): ParsedJUnit {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`junit.xml is not well-formed XML: ${JSON.stringify(valid.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: false,
  });
  return parser.parse(xml) as ParsedJUnit;
}
