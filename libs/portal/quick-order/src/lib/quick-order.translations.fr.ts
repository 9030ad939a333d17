import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `quick-order.translations.ts`, key for key. */
export const QUICK_ORDER_FR: Dictionary = {};
