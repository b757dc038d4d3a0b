// ESLint: the recommended rules of ESLint, and typescript-eslint's type-aware ones for the TypeScript sources and
// tests. `npm run lint`, also run by `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeGlobals = {
  require: 'readonly',
  module: 'writable',
  process: 'readonly',
  console: 'readonly',
  __dirname: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  performance: 'readonly',
};

export default tseslint.config(
  { ignores: ['dist/', 'dist-next/', 'coverage/', 'node_modules/', '.work/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Unused values are errors, but a leading underscore says "deliberately unused".
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // The bundle loads some modules lazily with require(), on purpose (see docs/performance.md).
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    rules: {
      // Matching control characters is the point of the sanitizer and of the tests that check for escape sequences.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['__tests__/**/*.ts'],
    rules: {
      // Tests reach into loosely typed JSON and jest's matchers.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], languageOptions: { globals: nodeGlobals } },
);
