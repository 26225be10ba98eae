import base from '../../jest.config.js';

/** End-to-end tests: the built tab in Debian's Chromium against the emulator, API and PGlite. `npm run test:e2e`. */
export default {
  ...base,
  rootDir: '../..',
  testTimeout: 240_000,
  testPathIgnorePatterns: ['/node_modules/'],
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
};
