import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
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

/** Where each kind of handler argument sits in the request, as the error's field names say it. */
const ROOTS: Partial<Record<ArgumentMetadata['type'], string>> = { body: '', query: 'query', param: 'path' };

/**
 * Refuses, before any validator or query sees them, the inputs PostgreSQL and the validators
 * cannot take: a NUL byte (PostgreSQL text cannot hold one), malformed Unicode (a lone UTF-16
 * surrogate), and nesting deeper than {@link MAX_INPUT_DEPTH}. The first global pipe, ahead of
 * the validation pipe, so every path parameter, query and body a handler takes is checked and
 * no route can forget it. A pipe and not an interceptor: the one global interceptor put every
 * request of every route through Nest's interceptor chain (an RxJS pipeline and two
 * `AsyncResource.bind` per request, ~8 % of the CPU of `GET /api/health`), and as a pipe it also
 * sees the text fields of multipart uploads, which multer parses after global interceptors run.
 */
@Injectable()
export class InputGuardPipe implements PipeTransform {
  transform(value: unknown, { type, data }: ArgumentMetadata): unknown {
    const root = ROOTS[type];
    if (root === undefined) return value; // a custom decorator's value (the Scope, an upload): not request text
    const offence = findOffence(value, [root, data].filter(Boolean).join('.'));
    if (offence) throw new AppError(400, 'validation_failed', offence.message, [offence]);
    return value;
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
