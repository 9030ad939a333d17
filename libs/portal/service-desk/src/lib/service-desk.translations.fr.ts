import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `service-desk.translations.ts`, key for key. */
export const SERVICE_DESK_FR: Dictionary = {};
