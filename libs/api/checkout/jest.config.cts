module.exports = {
  displayName: 'api-checkout',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  // The calculator is a project of its own (calculator/) with its own test target.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/calculator/'],
  coverageDirectory: '../../../coverage/libs/api/checkout',
};
