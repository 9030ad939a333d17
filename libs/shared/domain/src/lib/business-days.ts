/**
 * Calendar dates are ISO strings `YYYY-MM-DD` in Norwegian time; the arithmetic runs on UTC
 * midnights so no local time zone or DST shift can move a date.
 */
export type IsoDate = string;

/** One calendar day in milliseconds, on the UTC time line (no DST). */
export const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(date: IsoDate): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not an ISO date: ${date}`);
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  return ms;
}

const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

export function isIsoDate(value: string): boolean {
  try {
    toUtc(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Easter Sunday (Gregorian), by the anonymous Meeus/Jones/Butcher algorithm. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const holidayCache = new Map<number, Set<IsoDate>>();

/**
 * Norway's public holidays (helligdager, Lov om helligdager og helligdagsfred, plus 1 and 17
 * May): fixed dates and the Easter-based ones. Christmas Eve and New Year's Eve are not
 * public holidays and stay business days.
 */
export function norwegianPublicHolidays(year: number): Set<IsoDate> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const holidays = new Set<IsoDate>([
    `${year}-01-01`,
    addDays(easter, -3), // Maundy Thursday
    addDays(easter, -2), // Good Friday
    easter,
    addDays(easter, 1), // Easter Monday
    `${year}-05-01`,
    `${year}-05-17`,
    addDays(easter, 39), // Ascension Day
    addDays(easter, 49), // Whit Sunday
    addDays(easter, 50), // Whit Monday
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
  holidayCache.set(year, holidays);
  return holidays;
}

export function isBusinessDay(date: IsoDate): boolean {
  const weekday = new Date(toUtc(date)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !norwegianPublicHolidays(Number(date.slice(0, 4))).has(date);
}

/** The date itself when it is a business day, else the next one. */
export function nextBusinessDayOnOrAfter(date: IsoDate): IsoDate {
  let day = date;
  while (!isBusinessDay(day)) day = addDays(day, 1);
  return day;
}

/** Counts `days` business days forward, skipping weekends and holidays. */
export function addBusinessDays(date: IsoDate, days: number): IsoDate {
  let day = date;
  for (let left = days; left > 0;) {
    day = addDays(day, 1);
    if (isBusinessDay(day)) left--;
  }
  return day;
}

const BUSINESS_TIME_ZONE = 'Europe/Oslo';

const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Norwegian wall-clock date and time of an instant, whatever the machine's zone. */
export function osloDateTime(instant: Date): {
  date: IsoDate;
  minutesOfDay: number;
} {
  const parts = Object.fromEntries(osloParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    minutesOfDay: Number(parts['hour']) * 60 + Number(parts['minute']),
  };
}

/**
 * The instant of a Norwegian wall-clock time (`minutesOfDay` after midnight on `date`), the
 * inverse of `osloDateTime`: tries both of Oslo's offsets (CET +1, CEST +2) and keeps the one that
 * reads back as asked. A time that does not exist (inside the spring-forward hour) is refused.
 */
export function osloInstant(date: IsoDate, minutesOfDay: number): Date {
  const wallClockAsUtc = toUtc(date) + minutesOfDay * 60_000;
  for (const offsetHours of [1, 2]) {
    const instant = new Date(wallClockAsUtc - offsetHours * 3_600_000);
    const read = osloDateTime(instant);
    if (read.date === date && read.minutesOfDay === minutesOfDay) return instant;
  }
  throw new RangeError(`No such time in Oslo: ${date} minute ${minutesOfDay}`);
}
