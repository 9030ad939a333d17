import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `catalog-admin.translations.ts`, key for key. */
export const CATALOG_ADMIN_FR: Dictionary = {};
