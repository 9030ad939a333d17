import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `quotes.translations.ts`, key for key. */
export const QUOTES_FR: Dictionary = {};
