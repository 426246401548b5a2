/** Jest: TypeScript via SWC to CommonJS; one embedded FerretDB per run, one database per test file. */
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

export default {
  rootDir: '.',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  // ESM-only packages are compiled to CommonJS for Jest like our own code.
  transformIgnorePatterns: [
    '/node_modules/(?!(marked|file-type|strtok3|token-types|peek-readable|@tokenizer|uint8array-extras|@borewit)/)',
  ],
  moduleNameMapper: {
    '^@shared/(.*)$': '<rootDir>/shared/$1',
    '^@server/(.*)$': '<rootDir>/server/$1',
    // file-type publishes only ESM ("import") entry points; point Jest at the file it then compiles.
    '^file-type$': '<rootDir>/node_modules/file-type/index.js',
  },
  globalSetup: '<rootDir>/test/helpers/globalSetup.ts',
  globalTeardown: '<rootDir>/test/helpers/globalTeardown.ts',
  // A test's or hook's budget when it names none; the other limits are in test/helpers/patience.ts.
  testTimeout: 90_000,
  maxWorkers: 2,
};
