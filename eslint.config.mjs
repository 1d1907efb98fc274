// House rules for the code (`npm run lint:code`, run by `npm test`). Layout is Prettier's job
// (`npm run format`), so no style rules here: only rules that catch mistakes.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'web/dist/**', 'test-corpus/**', 'bench/**', 'src/types/policy.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      // Stripping control characters from what reaches a terminal or a document is deliberate.
      'no-control-regex': 'off',
      // A non-breaking space inside a pattern is how typeset amounts ("£ 60") are matched.
      'no-irregular-whitespace': ['error', { skipRegExps: true, skipTemplates: true, skipStrings: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // date-fns' index loads all its ~300 modules: every command would pay for them at start-up.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'date-fns', message: "Import each function from its own module: 'date-fns/addDays'." }] },
      ],
    },
  },
  {
    // TypeScript checks names itself; no-undef only misreads type-only globals.
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    // Tests read JSON they did not type and spell out expected output lines space by space.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-regex-spaces': 'off' },
  },
  {
    // The browser side of `serve` (bundled by scripts/build-web.mjs): browser globals.
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules, 'no-undef': 'off' },
  },
  {
    // Scripts that drive a browser page pass functions to run inside it.
    files: ['scripts/serve-latency.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
