/**
 * A page's last-update date as the theme shows it ("Nov 27, 2026": day,
 * short month and year, in UTC), without Intl for English. Creating the
 * first Intl.DateTimeFormat of a page loads the browser's locale data: 14 to
 * 17 ms of main thread on the machines here, four times that on the phone
 * Lighthouse simulates, in one piece in the middle of hydration. That was one
 * of the module page's blocking tasks (scripts/bench). Other locales, should
 * the site get any, go through Intl as before.
 */
const englishMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The theme's format, for Intl: what the English table matches. */
export const updateDateFormat: Intl.DateTimeFormatOptions = {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'};

export function formatUpdateDate(date: Date, locale: string): string {
  if (locale === 'en' || locale === 'en-US') {
    return `${englishMonths[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  }
  return new Intl.DateTimeFormat(locale, updateDateFormat).format(date);
}
