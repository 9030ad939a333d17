import { normaliseSku, SKU_MAX_LENGTH } from '@lumen/shared/domain';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';

/**
 * An article number as every route takes it: text of 1–SKU_MAX_LENGTH characters, normalised
 * (trimmed, upper case) before the service sees it, so `lt-10423` finds `LT-10423` everywhere —
 * lists and quote drafts used to refuse what the cart accepted.
 */
export const IsSku = (): PropertyDecorator => (target, key) => {
  Transform(({ value }) => (typeof value === 'string' ? normaliseSku(value) : value))(target, key);
  IsString()(target, key);
  Length(1, SKU_MAX_LENGTH)(target, key);
};

/** A whole number of pieces, 1 to `max`. */
export const Quantity =
  (max: number): PropertyDecorator =>
  (target, key) => {
    IsInt()(target, key);
    Min(1)(target, key);
    Max(max)(target, key);
  };
