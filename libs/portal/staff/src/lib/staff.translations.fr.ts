import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `staff.translations.ts`, key for key. */
export const STAFF_FR: Dictionary = {};
