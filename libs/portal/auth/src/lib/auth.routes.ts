import type { Route } from '@angular/router';
import { guestGuard, provideTranslations } from '@lumen/portal/core';
import { AUTH_TRANSLATIONS } from './auth.translations';

/** Public pages at the top level: /login, /register, /forgot-password, /reset-password, /accept-invitation. */
export const authRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(AUTH_TRANSLATIONS)],
    children: [
      {
        path: 'login',
        canActivate: [guestGuard],
        loadComponent: () => import('./login.page').then((m) => m.LoginPage),
      },
      {
        path: 'register',
        canActivate: [guestGuard],
        loadComponent: () => import('./register.page').then((m) => m.RegisterPage),
      },
      {
        path: 'forgot-password',
        loadComponent: () => import('./forgot-password.page').then((m) => m.ForgotPasswordPage),
      },
      { path: 'reset-password', loadComponent: () => import('./reset-password.page').then((m) => m.ResetPasswordPage) },
      {
        path: 'accept-invitation',
        loadComponent: () => import('./accept-invitation.page').then((m) => m.AcceptInvitationPage),
      },
    ],
  },
];

/** Under /account, behind `authGuard` in the app's routes. */
export const accountRoutes: Route[] = [
  {
    path: '',
    providers: [provideTranslations(AUTH_TRANSLATIONS)],
    children: [
      { path: '', loadComponent: () => import('./account.page').then((m) => m.AccountPage) },
      { path: 'password', loadComponent: () => import('./change-password.page').then((m) => m.ChangePasswordPage) },
    ],
  },
];
