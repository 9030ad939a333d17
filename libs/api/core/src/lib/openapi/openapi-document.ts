import { type INestApplication, ParseUUIDPipe, type PipeTransform, RequestMethod, type Type } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer, Reflector } from '@nestjs/core';
import { type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  PathItemObject,
  ResponseObject,
  SecurityRequirementObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { STATUS_CODES } from 'node:http';
import { IS_PUBLIC } from '../auth/policy.decorators';
import {
  API_ANSWER,
  API_ERRORS,
  type ApiAnswerMetadata,
  type ApiErrorsMetadata,
  contractRef,
} from './api-answer.decorators';
import { CONTRACT_SCHEMAS, type ContractName } from './contract-schemas.generated';
import type { JsonSchema } from './json-schema';

const SCHEMAS = '#/components/schemas/';
/** The security scheme `DocumentBuilder.addBearerAuth()` registers. */
const BEARER = 'bearer';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

/** What every route of a kind can answer: derived from the route, so no controller repeats it. */
const DERIVED_ERRORS = {
  400: 'The input is refused: `validation_failed` with `details` naming each field, or another stable `code`',
  401: 'No valid access token: log in (or refresh the session) and retry',
  403: "The caller's role does not allow this",
  404: "Not found: also another company's object and a malformed id",
  413: 'The request body is too large',
  503: 'The database is unreachable for a moment: `service_unavailable` with `Retry-After`; retry then',
} as const satisfies ApiErrorsMetadata;

interface Route {
  isPublic: boolean;
  /** What Nest answers on success: `@HttpCode()`, or 201 for a POST and 200 otherwise. */
  successStatus: number;
  /** Path parameters read through `ParseUUIDPipe` (`IdParam`): documented as uuids. */
  uuidParams: ReadonlySet<string>;
  answer: ApiAnswerMetadata | undefined;
  errors: ApiErrorsMetadata;
}

/**
 * The OpenAPI 3.1 document of the running app, complete enough for a client generator:
 * Nest's scan of the controllers, plus what the routes' metadata already says — `security`
 * from `@Public()`, the 400/401/403/404/413/503 every route of its kind can answer, uuid path
 * ids from `IdParam` — and what `@ApiAnswer`/`@ApiErrors` declare, with the shared contract
 * types as the answer schemas. Why it is built so: libs/api/core/README.md, "OpenAPI".
 */
export function createOpenApiDocument(app: INestApplication, config: Omit<OpenAPIObject, 'paths'>): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    // 3.1: its schemas are JSON Schema, as the contract schemas are (`null` in a type, `const`).
    { ...config, openapi: '3.1.0' },
    { operationIdFactory: operationIdOf },
  );
  const routes = routesOf(app);
  for (const pathItem of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = (pathItem as PathItemObject)[method];
      if (!operation) continue;
      const route = routes.get(operation.operationId ?? '');
      if (!route) throw new Error(`OpenAPI: operation ${operation.operationId} matches no route`);
      completeOperation(operation, route);
    }
  }
  upgradeNullable(document);
  const components = (document.components ??= {});
  components.schemas = { ...components.schemas, ...contractSchemasUsedBy(document) };
  return document;
}

const operationIdOf = (controllerKey: string, methodKey: string) => `${controllerKey}_${methodKey}`;

/** Every route handler by the operation id the document gives it. */
function routesOf(app: INestApplication): Map<string, Route> {
  const reflector = new Reflector();
  const routes = new Map<string, Route>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler: unknown = controller.prototype[name];
        if (typeof handler !== 'function') continue;
        const method: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, handler);
        if (method === undefined) continue;
        const targets = [handler, controller];
        routes.set(operationIdOf(controller.name, name), {
          isPublic: reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, targets) === true,
          successStatus:
            Reflect.getMetadata(HTTP_CODE_METADATA, handler) ?? (method === RequestMethod.POST ? 201 : 200),
          uuidParams: uuidParamsOf(controller, name),
          answer: reflector.get<ApiAnswerMetadata | undefined>(API_ANSWER, handler),
          errors: reflector.getAllAndMerge<ApiErrorsMetadata>(API_ERRORS, targets),
        });
      }
    }
  }
  return routes;
}

interface RouteArgument {
  data?: unknown;
  pipes?: (PipeTransform | Type<PipeTransform>)[];
}

function uuidParamsOf(controller: Type, method: string): Set<string> {
  const args: Record<string, RouteArgument> = Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {};
  return new Set(
    Object.entries(args)
      .filter(
        ([key, arg]) =>
          key.startsWith(`${RouteParamtypes.PARAM}:`) &&
          typeof arg.data === 'string' &&
          (arg.pipes ?? []).some((pipe) => pipe instanceof ParseUUIDPipe || pipe === ParseUUIDPipe),
      )
      .map(([, arg]) => arg.data as string),
  );
}

function completeOperation(operation: OperationObject, route: Route): void {
  // The global JWT guard denies by default and `@Public()` opts out; on a public route that
  // also names the bearer scheme (the catalog), a token is optional and read when sent.
  const namesBearer = (operation.security ?? []).some((requirement) => BEARER in requirement);
  const bearer: SecurityRequirementObject = { [BEARER]: [] };
  operation.security = route.isPublic ? (namesBearer ? [{}, bearer] : []) : [bearer];

  const pathParams = (operation.parameters ?? []).filter((p): p is ParameterObject => 'in' in p && p.in === 'path');
  for (const param of pathParams) {
    if (route.uuidParams.has(param.name)) param.schema = { type: 'string', format: 'uuid' };
  }

  // Nest's default success response (and the swagger plugin's `{ type: 'object' }` for an
  // interface) is replaced by the declared answer; a route without one answers no body (204).
  for (const status of Object.keys(operation.responses)) if (status.startsWith('2')) delete operation.responses[status];
  const { answer } = route;
  const statuses = answer?.statuses ?? { [route.successStatus]: STATUS_CODES[route.successStatus] ?? 'Success' };
  for (const [status, description] of Object.entries(statuses)) {
    operation.responses[status] = answer
      ? {
          description,
          content: Object.fromEntries(answer.mediaTypes.map((mediaType) => [mediaType, { schema: answer.schema }])),
        }
      : { description };
  }

  const errors: ApiErrorsMetadata = {
    // The input guard reads the path, query and body of every route before any pipe.
    400: DERIVED_ERRORS[400],
    ...(route.isPublic ? {} : { 401: DERIVED_ERRORS[401], 403: DERIVED_ERRORS[403] }),
    ...(pathParams.length > 0 ? { 404: DERIVED_ERRORS[404] } : {}),
    ...(operation.requestBody ? { 413: DERIVED_ERRORS[413] } : {}),
    // Any route may meet a database outage (the error filter answers it; health says its own).
    503: DERIVED_ERRORS[503],
    ...route.errors,
  };
  for (const [status, description] of Object.entries(errors)) operation.responses[status] = { description };
  // Every refusal has the one error body, also those declared with Nest's own decorators.
  for (const [status, response] of Object.entries(operation.responses)) {
    if (Number(status) >= 400 && response && !('$ref' in response) && !response.content) {
      (response as ResponseObject).content = { 'application/json': { schema: contractRef('ApiError') } };
    }
  }
}

/**
 * Nest writes OpenAPI 3.0's `nullable: true` (for a DTO field `string | null`); 3.1 says
 * the same with `null` in the type, which is what JSON Schema validators and generators read.
 */
function upgradeNullable(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(upgradeNullable);
  if (typeof node !== 'object' || node === null) return;
  const schema = node as Record<string, unknown>;
  if (schema['nullable'] === true) {
    delete schema['nullable'];
    if (typeof schema['type'] === 'string') {
      schema['type'] = [schema['type'], 'null'];
      if (Array.isArray(schema['enum'])) schema['enum'] = [...schema['enum'], null];
    } else {
      const rest = { ...schema };
      for (const key of Object.keys(schema)) delete schema[key];
      schema['anyOf'] = [rest, { type: 'null' }];
    }
  }
  Object.values(schema).forEach(upgradeNullable);
}

/** The contract schemas the document refers to, and those they refer to in turn. */
function contractSchemasUsedBy(document: OpenAPIObject): Record<string, JsonSchema> {
  const found: Record<string, JsonSchema> = {};
  const pending = [...contractRefsIn(document)];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (found[name]) continue;
    if (document.components?.schemas?.[name])
      throw new Error(`OpenAPI: a DTO class and a contract type are both named ${name}`);
    found[name] = CONTRACT_SCHEMAS[name];
    pending.push(...contractRefsIn(CONTRACT_SCHEMAS[name]));
  }
  return found;
}

function contractRefsIn(node: unknown): ContractName[] {
  const names: ContractName[] = [];
  JSON.stringify(node, (key, value: unknown) => {
    if (key === '$ref' && typeof value === 'string' && value.startsWith(SCHEMAS)) {
      const name = value.slice(SCHEMAS.length);
      if (name in CONTRACT_SCHEMAS) names.push(name as ContractName);
    }
    return value;
  });
  return names;
}
