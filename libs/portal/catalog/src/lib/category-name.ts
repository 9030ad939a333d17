import type { Locale } from '@lumen/portal/core';

/** Category names follow the portal's language. */
export function categoryName(locale: Locale, category: { name: string; nameEn: string }): string {
  return locale === 'en' ? category.nameEn : category.name;
}
