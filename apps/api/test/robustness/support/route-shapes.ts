import type { INestApplication, Type } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { defaultMetadataStorage } from 'class-transformer/cjs/storage';
import { getMetadataStorage } from 'class-validator';

/** One field of a DTO as its validators describe it. */
export interface FieldShape {
  name: string;
  /** class-validator rule names on the field: `isString`, `isUUID`, `isIn`, `nestedValidation`, … */
  rules: string[];
  /** `isIn`'s allowed values, when the field has that rule. */
  allowed?: readonly unknown[];
  /** The rules apply to each element of an array. */
  each: boolean;
  /** The DTO of a nested object (or of each element of a nested array). */
  nested?: ObjectShape;
}

export interface ObjectShape {
  dto: string;
  fields: FieldShape[];
}

/** One operation of the OpenAPI document, with the body and query DTOs its handler declares. */
export interface RouteShape {
  method: string;
  /** The OpenAPI path template, e.g. `/api/company/addresses/{id}`. */
  path: string;
  pathParams: string[];
  body?: ObjectShape;
  query?: ObjectShape;
  /** The operation also takes a multipart file upload. */
  upload: boolean;
}

interface OpenApiOperation {
  operationId?: string;
  parameters?: { name: string; in: string }[];
  requestBody?: { content?: Record<string, unknown> };
}

type OpenApiDocument = { paths: Record<string, Record<string, OpenApiOperation>> };

/**
 * Every operation of the OpenAPI document, each matched to its Nest handler by `operationId`
 * (`<Controller>_<method>`), so the fuzzer knows the DTO fields behind a route even where the
 * document's schemas are thin. The document is the list of routes; the validators are the
 * truth about their inputs.
 */
export function routeShapes(app: INestApplication, document: OpenApiDocument): RouteShape[] {
  const controllers = new Map<string, Type>();
  for (const module of app.get(ModulesContainer).values())
    for (const wrapper of module.controllers.values())
      if (wrapper.metatype) controllers.set(wrapper.metatype.name, wrapper.metatype as Type);

  const shapes: RouteShape[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const [controllerName, handlerName] = (operation.operationId ?? '').split('_');
      const controller = controllers.get(controllerName);
      if (!controller) throw new Error(`${method.toUpperCase()} ${path}: no controller for ${operation.operationId}`);
      const { body, query } = declaredDtos(controller, handlerName);
      shapes.push({
        method: method.toUpperCase(),
        path,
        pathParams: (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
        body: body ? objectShape(body) : undefined,
        query: query ? objectShape(query) : undefined,
        upload: Object.keys(operation.requestBody?.content ?? {}).includes('multipart/form-data'),
      });
    }
  }
  return shapes;
}

/** The classes of the handler's whole-object `@Body()` and `@Query()` parameters. */
function declaredDtos(controller: Type, handlerName: string): { body?: Type; query?: Type } {
  const args: Record<string, { index: number; data?: unknown }> =
    Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handlerName) ?? {};
  const types: Type[] = Reflect.getMetadata('design:paramtypes', controller.prototype, handlerName) ?? [];
  const found: { body?: Type; query?: Type } = {};
  for (const [key, { index, data }] of Object.entries(args)) {
    const kind = Number(key.split(':')[0]);
    const type = types[index];
    if (data !== undefined || !isDto(type)) continue;
    if (kind === RouteParamtypes.BODY) found.body = type;
    if (kind === RouteParamtypes.QUERY) found.query = type;
  }
  return found;
}

const isDto = (type: unknown): type is Type =>
  typeof type === 'function' && ![Object, String, Number, Boolean, Array].includes(type as never);

function objectShape(dto: Type, seen: Set<Type> = new Set()): ObjectShape {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(dto, '', false, false);
  const byField = new Map<string, FieldShape>();
  for (const rule of metadata) {
    const field = byField.get(rule.propertyName) ?? { name: rule.propertyName, rules: [], each: false };
    const name = rule.name ?? rule.type;
    field.rules.push(name);
    if (name === 'isIn') field.allowed = rule.constraints[0] as readonly unknown[];
    if (rule.each) field.each = true;
    if (rule.type === 'nestedValidation') {
      const nested = defaultMetadataStorage.findTypeMetadata(dto, rule.propertyName)?.typeFunction() as
        Type | undefined;
      if (nested && !seen.has(nested)) field.nested = objectShape(nested, new Set([...seen, dto]));
    }
    byField.set(rule.propertyName, field);
  }
  return { dto: dto.name, fields: [...byField.values()] };
}
