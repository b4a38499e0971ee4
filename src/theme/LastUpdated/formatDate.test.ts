import {describe, expect, it} from 'vitest';
import {formatUpdateDate, updateDateFormat} from './formatDate';

const intl = (locale: string) => new Intl.DateTimeFormat(locale, updateDateFormat);

describe('formatUpdateDate', () => {
  it('writes English dates exactly as Intl does, on every day of a leap year and across a UTC midnight', () => {
    const start = Date.UTC(2024, 0, 1);
    for (let day = 0; day < 366; day++) {
      // 23:59:59 UTC is already the next day east of Greenwich: the date must stay UTC's.
      const date = new Date(start + day * 86_400_000 + 86_399_000);
      expect(formatUpdateDate(date, 'en')).toBe(intl('en').format(date));
    }
  });

  it('reads the date in UTC', () => {
    expect(formatUpdateDate(new Date(Date.UTC(2026, 10, 27, 23, 30)), 'en')).toBe('Nov 27, 2026');
    expect(formatUpdateDate(new Date(Date.UTC(1999, 0, 1, 0, 0)), 'en')).toBe('Jan 1, 1999');
  });

  it('leaves other locales to Intl', () => {
    const date = new Date(Date.UTC(2026, 10, 27));
    expect(formatUpdateDate(date, 'fr')).toBe(intl('fr').format(date));
    expect(formatUpdateDate(date, 'fr')).not.toBe(formatUpdateDate(date, 'en'));
  });
});
