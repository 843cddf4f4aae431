// ESLint: TypeScript's own rules with type information, and the rules of this project's layers that ESLint sees best
// (which code may touch the browser's APIs). The layers between folders are checked by dependency-cruiser (.dependency-cruiser.cjs).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const BROWSER_API_MODULES = ['wxt/browser', 'webextension-polyfill', '@wxt-dev/webextension-polyfill'];
const BROWSER_API_MESSAGE = 'Browser APIs are reached through lib/platform/ only.';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo-output/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '.*.cjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are TypeScript's to report (noUnusedLocals, noUnusedParameters).
      '@typescript-eslint/no-unused-vars': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Props and services declare their callbacks in method shorthand and no class method is handed around unbound.
      '@typescript-eslint/unbound-method': 'off',
      // An async function without await is how a synchronous body meets a Promise-returning interface.
      '@typescript-eslint/require-await': 'off',
      // File names and mail headers are cleaned of control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read what the code wrote (JSON, IndexedDB requests, fake servers' bodies) and assert on it as it comes.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      '@typescript-eslint/only-throw-error': 'off',
      // Playwright's fixtures take their dependencies as a destructured first argument, empty when there are none.
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    name: 'browser APIs only in lib/platform',
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    ignores: ['lib/platform/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: BROWSER_API_MESSAGE },
        { name: 'chrome', message: BROWSER_API_MESSAGE },
      ],
      'no-restricted-imports': ['error', { paths: BROWSER_API_MODULES.map((name) => ({ name, message: BROWSER_API_MESSAGE })) }],
    },
  },
  {
    // Imports that climb two or more folders use WXT's alias instead ('@/lib/...').
    name: 'no imports climbing two folders',
    files: ['lib/**', 'components/**', 'entrypoints/**', 'tests/**', 'scripts/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ImportDeclaration[source.value=/^(\\.\\.\\/){2,}/], ExportNamedDeclaration[source.value=/^(\\.\\.\\/){2,}/], ExportAllDeclaration[source.value=/^(\\.\\.\\/){2,}/], ImportExpression[source.value=/^(\\.\\.\\/){2,}/]',
          message: "Import through WXT's alias ('@/lib/...') rather than climbing two or more folders.",
        },
      ],
    },
  },
);
