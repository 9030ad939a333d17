import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `company.translations.ts`, key for key. */
export const COMPANY_FR: Dictionary = {};
