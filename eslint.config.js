import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
      'no-restricted-imports': [
        'error',
        {
          paths: [
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
          ],
        },
      ],
    },
  },
);
