import type { ErrorCode } from '@lumen/shared/contracts';

/** The French words for every code the API answers, code for code with `error-texts.ts`. */
export const ERROR_TEXTS_FR: Readonly<Partial<Record<ErrorCode, string>>> = {};
