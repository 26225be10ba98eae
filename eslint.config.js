import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NO_EMULATOR = {
  group: ['**/emulator/**', '**/emulator'],
  message: 'api/ talks to the emulator over HTTP only.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', 'coverage/', 'test-artifacts/', 'appPackage/build/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['api/**/*.ts'],
    ignores: ['api/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Only api/config.ts reads the environment.' },
      ],
    },
  },
  {
    files: ['api/**/*.ts'],
    ignores: ['api/domain/**', 'api/use-cases/**', 'api/store/**', 'api/graph/**', 'api/auth/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NO_EMULATOR] }] },
  },
  {
    files: ['api/use-cases/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_EMULATOR,
            {
              regex: String.raw`(^|/)(teams|http|store)(/|$)`,
              message:
                'Use cases return domain results, throw domain errors and reach the store through ports; http/ and teams/ call them.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/ports/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_EMULATOR,
            {
              regex: String.raw`^\.\./(?!domain(/|$))`,
              message: 'Ports are declared in the terms of domain/ only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/store/**/*.ts', 'api/graph/**/*.ts', 'api/auth/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NO_EMULATOR,
            {
              regex: String.raw`(^|/)(http|teams|use-cases)(/|$)`,
              message: 'Adapters throw the errors of api/errors; only http/ speaks HTTP to callers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['api/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            // Domain files sit one folder deep (domain/<feature>/<file>.ts): two steps up leave domain/.
            { regex: String.raw`^\.\./\.\./`, message: 'domain/ imports nothing outside domain/.' },
            // Time zone names are data, not I/O: CLDR's zone aliases and its Windows mapping (windows-iana).
            {
              regex: String.raw`^(?!\.|temporal-polyfill$|zod$|windows-iana$|cldr-bcp47/bcp47/timezone\.json$)`,
              message: 'domain/ is pure: relative imports, temporal-polyfill, zod and time zone data only.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass now in; domain/ is pure.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass now in; domain/ is pure.',
        },
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'Use a seeded generator; domain/ is deterministic.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`(^|/)api/(?!http/schemas(/|$)|domain/)`,
              message:
                'The tab shares only the wire schemas (api/http/schemas) and pure domain rules (api/domain) with the API.',
            },
          ],
        },
      ],
    },
  },
);
