import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { AppError } from '../errors/app-error';

/**
 * Deeper than any request of ours needs (the deepest is about 4), shallow enough that the
 * recursive validators behind us never run out of stack: 10,000 nested arrays used to be a
 * `RangeError` and a 500.
 */
const MAX_INPUT_DEPTH = 32;

const NUL = '\u0000';
/** Almost every string has neither; one cheap scan keeps a 100,000-line quick order fast. */
// eslint-disable-next-line no-control-regex -- finding the NUL control character is the point
const SUSPECT = /[\u0000\uD800-\uDFFF]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Offence {
  field: string;
  code: 'invalid_characters' | 'too_deep';
  message: string;
}

/**
 * Refuses, before any validator or query sees them, the inputs PostgreSQL and the validators
 * cannot take: a NUL byte (PostgreSQL text cannot hold one), malformed Unicode (a lone UTF-16
 * surrogate), and nesting deeper than {@link MAX_INPUT_DEPTH}. One global place, for the path,
 * the query and the JSON body of every route, so no route can forget it.
 */
@Injectable()
export class InputGuardInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const offence =
      findOffence(request.params, 'path') ?? findOffence(request.query, 'query') ?? findOffence(request.body, '');
    if (offence) {
      throw new AppError(400, 'validation_failed', offence.message, [offence]);
    }
    return next.handle();
  }
}

/** Walks a parsed input without recursion and answers its first offending field, if any. */
function findOffence(input: unknown, root: string): Offence | undefined {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: input, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem)
        return { field: path || 'body', code: 'invalid_characters', message: `${path || 'body'} ${problem}` };
      continue;
    }
    if (typeof value !== 'object' || value === null || Buffer.isBuffer(value)) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      return {
        field: path || 'body',
        code: 'too_deep',
        message: `${path || 'body'} is nested deeper than ${MAX_INPUT_DEPTH} levels`,
      };
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      const keyProblem = textProblem(key);
      if (keyProblem) return { field: childPath, code: 'invalid_characters', message: `A field name ${keyProblem}` };
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return undefined;
}

function textProblem(text: string): string | undefined {
  if (!SUSPECT.test(text)) return undefined;
  if (text.includes(NUL)) return 'contains a NUL character';
  if (LONE_SURROGATE.test(text)) return 'contains malformed Unicode (a lone surrogate)';
  return undefined;
}
