import type { Dictionary } from '@lumen/portal/core';

/** The French strings of `shell.translations.ts`, key for key. */
export const SHELL_FR: Dictionary = {};
