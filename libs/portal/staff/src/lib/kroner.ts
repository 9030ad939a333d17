/**
 * An amount typed in kroner (`1 234,50`, `1234.5`, `1 234`) as integer øre, or null when it is
 * not an amount with at most two decimals. Spaces (also no-break) group thousands.
 */
export function parseKroner(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(/^(kr\.?|nok)/i, '');
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
