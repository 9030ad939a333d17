import { IsOptional, ValidateIf } from 'class-validator';

/**
 * The field may be left out; when it is sent, every other rule applies — also to `null`.
 * class-validator's `IsOptional` skips `null` too, which let `{"phone": null}` through to a
 * NOT NULL column (a 500). Use this for fields whose column cannot be empty.
 */
export const Optional = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** The field may be left out or sent as `null`, which clears it (the column is nullable). */
export const Nullable = (): PropertyDecorator => IsOptional();
