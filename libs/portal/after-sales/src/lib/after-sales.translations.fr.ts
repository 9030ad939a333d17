import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `after-sales.translations.ts`, key for key. */
export const AFTER_SALES_FR: Dictionary = {};
