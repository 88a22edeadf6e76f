import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noShell = [
  {
    name: 'child_process',
    importNames: ['exec', 'execSync'],
    message: 'No shell strings: use src/tools/exec.ts (argument arrays).',
  },
  {
    name: 'node:child_process',
    importNames: ['exec', 'execSync'],
    message: 'No shell strings: use src/tools/exec.ts (argument arrays).',
  },
];

// The layers of src/ (docs/architecture.md); test/unit/architecture/imports.test.ts checks the same on the
// whole import graph, cycles included.
const noFeaturesOrFrontDoors = {
  regex: '(^|/)(features|commands|cli)/|(^|/)(run|action|cli)\\.js$',
  message:
    'core/ and the libraries never import a feature or a front door: move what is shared into core/ or a library.',
};
const noOtherFeature = {
  regex: '^\\.\\./(?!\\.\\.)[^/]+/',
  message: 'A feature never imports another feature: move what two stages share into core/ or a library.',
};
const restrict = (...patterns) => ['error', { paths: noShell, patterns }];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'test/fixtures/**',
      'test/hostile/**',
      'bench/.bench.compiled.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': restrict(),
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: [
      'src/features/**',
      'src/commands/**',
      'src/cli/**',
      'src/run.ts',
      'src/run-targets.ts',
      'src/action.ts',
      'src/cli.ts',
    ],
    rules: { 'no-restricted-imports': restrict(noFeaturesOrFrontDoors) },
  },
  {
    files: ['src/features/*/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(noOtherFeature) },
  },
);
