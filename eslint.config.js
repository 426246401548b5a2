import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';

/** Client and shared code run in the browser: they never import the server's. */
const NO_SERVER_CODE = {
  group: ['@server/*', '**/server/**'],
  message: 'client and shared must not import server code',
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', '.tools', 'uploads', 'coverage', '.cache', 'data-cluster'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: [
      'server/**/*.ts',
      'scripts/**/*.{js,mjs}',
      'test/**/*.ts',
      'bench/**/*.ts',
      '*.js',
      '*.cjs',
      '*.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['shared/**/*.ts', 'client/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [NO_SERVER_CODE],
        },
      ],
    },
  },
  {
    // The client names categories, statuses and the like from its catalogues (components/labels.ts),
    // never with the English maps shared/ keeps for the server's English texts.
    files: ['client/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [NO_SERVER_CODE],
          paths: [
            ['@shared/roles', ['ORG_CATEGORY_LABELS']],
            ['@shared/schemas/indicator', ['INDICATOR_STATUS_LABELS']],
            ['@shared/schemas/consultation', ['DISPOSITION_LABELS']],
            ['@shared/schemas/emailPreferences', ['EMAIL_TOPIC_LABELS']],
            ['@shared/schemas/catchUp', ['FOLLOW_UP_STATUS_NAMES']],
          ].map(([name, importNames]) => ({
            name,
            importNames,
            message: 'English labels: the client takes translated ones from components/labels.ts',
          })),
        },
      ],
    },
  },
  {
    // Routes and socket handlers are thin: they parse, call a feature's queries or commands and
    // answer. Records are read and written, and presented, inside server/features/.
    files: ['server/routes/**/*.ts', 'server/realtime/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/models/*', '**/models'],
              message:
                'routes and socket handlers go through a feature (features/<feature>/queries or commands)',
            },
            { group: ['**/*Presenter'], message: "presenting happens in a feature's queries and commands" },
          ],
        },
      ],
    },
  },
  {
    // Every text a person reads comes from the catalogues (shared/locales): JSX text and the
    // attributes and props that carry words fail the lint when written as literals.
    files: ['client/src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'alt',
              'aria-label',
              'aria-description',
              'aria-valuetext',
              'back',
              'confirmLabel',
              'data-label',
              'emptyLabel',
              'errorTitle',
              'hint',
              'label',
              'linkLabel',
              'placeholder',
              'pluralNoun',
              'question',
              'submitLabel',
              'title',
              'what',
            ],
          },
          words: { exclude: ['[0-9!-/:-@[-`{-~\\s·–—…→←↑↓×✓✕•]+', '[A-Z_-]+'] },
        },
      ],
    },
  },
);
