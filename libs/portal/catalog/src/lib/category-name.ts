import type { Locale } from '@lumen/portal/core';

/**
 * Category names follow the portal's language. A category is named in Norwegian and English only,
 * so every language but Norwegian reads the English name (French customers read English first).
 */
export function categoryName(locale: Locale, category: { name: string; nameEn: string }): string {
  return locale === 'nb' ? category.name : category.nameEn;
}
