import baseConfig from '../../eslint.config.mjs';

// The base config's type-aware `no-floating-promises` catches the classic Playwright slip, a
// missing `await`; eslint-plugin-playwright is not installed in this workspace.
export default [...baseConfig];
