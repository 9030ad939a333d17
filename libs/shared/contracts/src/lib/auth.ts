import type { AddressInput, CompanySummary, CustomerType } from './company';

/** The languages a user's e-mails and documents are written in; the portal's choice is stored on the user. */
export const USER_LANGUAGES = ['nb', 'en', 'fr'] as const;
export type UserLanguage = (typeof USER_LANGUAGES)[number];
/** The BCP 47 tag each language formats numbers and dates with, and declares in documents. */
export const LANGUAGE_TAGS: Readonly<Record<UserLanguage, string>> = { nb: 'nb-NO', en: 'en-GB', fr: 'fr-FR' };

export interface RegisterCompanyRequest {
  company: {
    name: string;
    organisationNumber: string;
    customerType: CustomerType;
    phone: string;
    billingAddress: AddressInput;
  };
  user: {
    name: string;
    email: string;
    password: string;
  };
}

/** `PATCH /api/me`: the caller's own settings. */
export interface UpdateMeRequest {
  language: UserLanguage;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface RefreshRequest {
  refreshToken: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface ForgotPasswordRequest {
  email: string;
}

export interface ResetPasswordRequest {
  token: string;
  newPassword: string;
}

/** The e-mailed links that carry a single-use token. */
export const LINK_PURPOSES = ['invitation', 'password_reset'] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

/**
 * `POST /api/auth/links/check`: whether an e-mailed link still works (204) or not (400
 * `invalid_token`), so its page says so before anyone types a new password. Spends nothing.
 */
export interface CheckLinkRequest {
  token: string;
  purpose: LinkPurpose;
}

export interface AcceptInvitationRequest {
  token: string;
  password: string;
}

/** Issued on login, registration and refresh. */
export interface TokenPair {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
}

export type StaffRole = 'consultant' | 'shop_admin';

/** CASL raw rule, kept structural so the contracts stay framework-free. */
export interface PermissionRule {
  action: string | string[];
  subject: string | string[];
  conditions?: Record<string, unknown>;
  inverted?: boolean;
  fields?: string | string[];
}

export interface MeResponse {
  user: {
    id: string;
    name: string;
    email: string;
    /** Names of the user's company roles; empty for staff. */
    roles: string[];
    staffRole: StaffRole | null;
    /** The language of the user's e-mails and documents (the portal follows it on a new device). */
    language: UserLanguage;
  };
  company: CompanySummary | null;
  permissions: string[];
  rules: PermissionRule[];
}
