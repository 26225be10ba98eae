import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/emulator/**', '**/emulator'],
              message: 'api/ talks to the emulator over HTTP only.',
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
            { group: ['../../*', '!../../domain/**'], message: 'domain/ imports nothing outside domain/.' },
            {
              group: ['pg', 'kysely', 'express', '@microsoft/*', 'pino', 'pg-boss'],
              message: 'domain/ is pure.',
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
);
