import type { TranslationParams } from '@lumen/portal/core';

/** The desk's age column: hours for today's orders, then days and hours (`2 d 5 t`). */
export function orderAge(ageHours: number): { key: string; params: TranslationParams } {
  const hours = Math.max(0, Math.floor(ageHours));
  if (hours < 24) return { key: 'staff.desk.ageHours', params: { h: hours } };
  return { key: 'staff.desk.ageDays', params: { d: Math.floor(hours / 24), h: hours % 24 } };
}
