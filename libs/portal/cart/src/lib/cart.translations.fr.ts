import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `cart.translations.ts`, key for key. */
export const CART_FR: Dictionary = {};
