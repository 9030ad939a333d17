import type { Route } from '@angular/router';
import { provideTranslations } from '@lumen/portal/core';
import { PROJECT_LISTS_TRANSLATIONS } from './project-lists.translations';

/** Under /project-lists, behind `canGuard('read', 'ProjectList')` in the app's routes. */
export const projectListsRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(PROJECT_LISTS_TRANSLATIONS)],
    children: [
      { path: '', loadComponent: () => import('./project-lists.page').then((m) => m.ProjectListsPage) },
      { path: ':id', loadComponent: () => import('./project-list.page').then((m) => m.ProjectListPage) },
    ],
  },
];
