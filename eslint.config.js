// Lint: ESLint's recommended rules plus typescript-eslint's recommended (syntax-only, fast).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'actions/*/dist/**', 'node_modules/**', 'coverage/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        structuredClone: 'readonly',
        queueMicrotask: 'readonly',
        setImmediate: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
      // Prettier wraps code at 140 columns but cannot break a string or comment: keep those readable too.
      'max-len': ['error', { code: 300, ignoreUrls: true }],
    },
  },
  {
    // The domain cores stay free of the GitHub toolkit: only the action runtime and the entrypoints import @actions/*.
    files: ['src/**/*.ts'],
    ignores: ['src/runtime/**', 'src/entrypoints/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@actions/*'], message: 'only src/runtime/ and src/entrypoints/ import the GitHub toolkit' }] },
      ],
    },
  },
);
