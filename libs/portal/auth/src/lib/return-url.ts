/** Only paths inside the portal: a `returnUrl` of `//evil.example` or `https://…` goes home. */
export function safeReturnUrl(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}
