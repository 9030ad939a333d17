import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `orders.translations.ts`, key for key. */
export const ORDERS_FR: Dictionary = {};
