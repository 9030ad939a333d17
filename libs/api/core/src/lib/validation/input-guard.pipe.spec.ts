import type { ArgumentMetadata } from '@nestjs/common';
import { AppError } from '../errors/app-error';
import { InputGuardPipe } from './input-guard.pipe';

const pipe = new InputGuardPipe();

/** The field and code the pipe refuses `value` with, or 'passed'. */
function verdict(value: unknown, metadata: ArgumentMetadata): string {
  try {
    pipe.transform(value, metadata);
    return 'passed';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const [detail] = error.details as { field: string; code: string }[];
    return `${error.statusCode} ${detail.field}:${detail.code}`;
  }
}

describe('InputGuardPipe', () => {
  it('names the field by where it came from: the body, the query or the path', () => {
    expect(verdict({ name: 'a\u0000b' }, { type: 'body' })).toBe('400 name:invalid_characters');
    expect(verdict({ q: 'lamp\u0000' }, { type: 'query' })).toBe('400 query.q:invalid_characters');
    expect(verdict('x\u0000', { type: 'param', data: 'sku' })).toBe('400 path.sku:invalid_characters');
    expect(verdict('\ud800', { type: 'body', data: 'message' })).toBe('400 message:invalid_characters');
  });

  it('refuses nesting deeper than 32 levels and passes ordinary input through unchanged', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 40; level++) deep = [deep];
    expect(verdict({ lines: deep }, { type: 'body' })).toMatch(/^400 lines(\.0)+:too_deep$/);
    const order = { lines: [{ sku: 'LT-1', quantity: 2 }], note: 'Levering på baksiden 😀' };
    expect(pipe.transform(order, { type: 'body' })).toBe(order);
  });

  it("leaves a custom decorator's value alone: the Scope and uploaded files are not request text", () => {
    const upload = { originalname: 'a\u0000.csv', buffer: Buffer.from('\u0000') };
    expect(verdict(upload, { type: 'custom' })).toBe('passed');
  });
});
