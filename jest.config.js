/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Type checking is `npm run typecheck`; Jest only transpiles (isolatedModules in tsconfig.test.json).
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  testTimeout: 30000,
};
