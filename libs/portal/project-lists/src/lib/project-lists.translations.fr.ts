import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `project-lists.translations.ts`, key for key. */
export const PROJECT_LISTS_FR: Dictionary = {};
