// The Nest Swagger compiler plugin under ts-jest, with the options the webpack build uses
// (apps/api/webpack.config.js), so the OpenAPI document the tests lint and validate against is
// the one `npm start` serves: request bodies from the DTOs, summaries from method comments.
const plugin = require('@nestjs/swagger/plugin');

module.exports = {
  name: 'nestjs-swagger-plugin',
  version: 1,
  factory: (compiler) => plugin.before({ dtoFileNameSuffix: ['.dto.ts'], introspectComments: true }, compiler.program),
};
