import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `quote-desk.translations.ts`, key for key. */
export const QUOTE_DESK_FR: Dictionary = {};
