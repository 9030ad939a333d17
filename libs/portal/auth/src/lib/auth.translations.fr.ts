import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `auth.translations.ts`, key for key. */
export const AUTH_FR: Dictionary = {};
