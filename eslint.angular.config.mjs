import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

/** Every Angular project (the portal and its libraries): the base rules plus the `lt` selector prefix. */
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'lt', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'lt', style: 'kebab-case' }],
    },
  },
];
