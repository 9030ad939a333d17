import type { Type } from '@nestjs/common';
import { PartialType } from '@nestjs/swagger';

/**
 * The body of a PATCH: every field of `dto` may be left out, but a field that is sent — also as
 * `null` — meets its rules. Plain `PartialType` marks every field `IsOptional`, which waves `null`
 * through: `{"name": null}` on a role reached `.trim()` in the service (a 500). Fields whose base
 * DTO says `Nullable()` still accept null.
 */
export function PatchType<T>(dto: Type<T>): Type<Partial<T>> {
  return PartialType(dto, { skipNullProperties: false });
}
