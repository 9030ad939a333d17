import type { Dictionary } from './translation.service';

/** The French strings of `core.translations.ts`, key for key. */
export const CORE_FR: Dictionary = {};
