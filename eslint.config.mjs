// Lint for correctness only, no style: ESLint's recommended rules less the stylistic ones, and
// typescript-eslint's type-aware promise rules. Types come from tsconfig.json (and test/e2e's own).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const notForThisCode = {
  // Style rather than correctness.
  'prefer-const': 'off',
  'no-useless-escape': 'off',
  'no-useless-assignment': 'off',
  // The recognisers match control characters (NUL in binary files, form feeds) on purpose.
  'no-control-regex': 'off',
  // Comments quote Chinese text with its ideographic spaces.
  // Fixtures in template strings hold the ideographic and no-break spaces of real extracted text on purpose.
  'no-irregular-whitespace': ['error', { skipComments: true, skipTemplates: true }],
};

export default tseslint.config(
  { ignores: ['**/out/**', 'node_modules/**', '.e2e/**', '.bench/**', 'test-artifacts/**'] },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
    rules: notForThisCode,
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.eslintRecommended],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      ...notForThisCode,
      // tsc's noUnusedLocals reports these.
      'no-unused-vars': 'off',
      // A promise that nobody awaits loses its error; one handed to a callback that returns void is never awaited.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // Inside try, `return promise` skips the catch and the finally's ordering.
      '@typescript-eslint/return-await': ['error', 'error-handling-correctness-only'],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/no-for-in-array': 'error',
    },
  },
);
