import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `catalog.translations.ts`, key for key. */
export const CATALOG_FR: Dictionary = {};
