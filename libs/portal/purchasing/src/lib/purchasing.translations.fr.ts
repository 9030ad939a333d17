import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `purchasing.translations.ts`, key for key. */
export const PURCHASING_FR: Dictionary = {};
