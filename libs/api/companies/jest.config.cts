module.exports = {
  displayName: 'api-companies',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  // The feature routes are a project of their own (feature/), tested over HTTP in apps/api.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/feature/'],
  coverageDirectory: '../../../coverage/libs/api/companies',
};
