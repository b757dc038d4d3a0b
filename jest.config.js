/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  maxWorkers: 2,
  // The property-based tests run thousands of cases; on a busy 2-core machine they need more than the default 5 s.
  testTimeout: 60_000,
  roots: ['<rootDir>/__tests__'],
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.js'],
  testMatch: ['**/*.test.ts'],
  // make-plural is an ES module, which the knowledge base's compiler imports: swc turns it into CommonJS too.
  transform: { '^.+\\.ts$': ['@swc/jest'], '/node_modules/make-plural/.+\\.js$': ['@swc/jest'] },
  transformIgnorePatterns: ['/node_modules/(?!make-plural/)'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
};
