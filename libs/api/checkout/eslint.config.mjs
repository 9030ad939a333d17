import baseConfig from '../../../eslint.config.mjs';

// calculator/ is a project of its own, linted by its own target.
export default [...baseConfig, { ignores: ['calculator/**'] }];
