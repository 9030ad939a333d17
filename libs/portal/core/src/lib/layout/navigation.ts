import type { Type } from '@angular/core';
import type { Action, Subject } from '@lumen/shared/permissions';
import type { Locale } from '../i18n/translation.service';

/** Who sees an entry, besides what `can` says. */
type Audience = 'everyone' | 'visitor' | 'customer' | 'staff';

/** An entry in the main navigation of the header. Labels travel with it in both languages. */
export interface NavItem {
  path: string;
  label: Record<Locale, string>;
  /** Hidden unless the user's ability allows this (the API's own rule). */
  can?: [Action, Subject];
  audience?: Audience;
}

/**
 * A component shown in the header next to the account menu (project lists, cart, …), loaded
 * lazily from its feature library. It renders its own icon, count and link.
 */
export interface HeaderItem {
  id: string;
  load: () => Promise<Type<unknown>>;
  can?: [Action, Subject];
  audience?: Audience;
}

/** What `isShown` needs to know about the user; `AuthStore` fits. */
export interface Viewer {
  isLoggedIn(): boolean;
  isStaff(): boolean;
  can(action: Action, subject: Subject): boolean;
}

export function isShown(item: Pick<NavItem, 'can' | 'audience'>, viewer: Viewer): boolean {
  const audience = item.audience ?? 'everyone';
  if (audience === 'visitor' && viewer.isLoggedIn()) return false;
  if (audience === 'customer' && (!viewer.isLoggedIn() || viewer.isStaff())) return false;
  if (audience === 'staff' && !viewer.isStaff()) return false;
  return !item.can || viewer.can(...item.can);
}

/**
 * Which entry the current page belongs to: the longest path that prefixes the URL, so
 * `/company` is lit on `/company/addresses` while `/company/employees` lights only its own entry.
 */
export function activeNavPath(url: string, paths: readonly string[]): string | undefined {
  const path = (url.split(/[?#]/)[0] ?? '').replace(/\/$/, '');
  return paths
    .filter((candidate) => path === candidate || path.startsWith(`${candidate}/`))
    .sort((a, b) => b.length - a.length)[0];
}
