import { afterEach, describe, expect, it } from 'vitest';
import { dayKey, dayStart, nextDayStart } from '../../src/core/day.ts';

// Local-time constructors keep these tests independent of the machine's time zone.
const local = (y: number, m: number, d: number, h = 0, min = 0): number => new Date(y, m - 1, d, h, min).getTime();

describe('dayStart', () => {
  it('a day starts at 4:00 by default', () => {
    expect(dayStart(local(2025, 3, 10, 4, 0))).toBe(local(2025, 3, 10, 4));
    expect(dayStart(local(2025, 3, 10, 23, 59))).toBe(local(2025, 3, 10, 4));
  });

  it('studying at 3:59 still counts as the previous day, as in Anki', () => {
    expect(dayStart(local(2025, 3, 10, 3, 59))).toBe(local(2025, 3, 9, 4));
    expect(dayKey(local(2025, 3, 10, 3, 59))).toBe('2025-03-09');
    expect(dayKey(local(2025, 3, 10, 4, 0))).toBe('2025-03-10');
  });

  it('honours another rollover hour, including midnight', () => {
    expect(dayStart(local(2025, 3, 10, 5, 30), 6)).toBe(local(2025, 3, 9, 6));
    expect(dayStart(local(2025, 3, 10, 0, 0), 0)).toBe(local(2025, 3, 10, 0));
  });

  it('crosses month and year ends', () => {
    expect(dayKey(local(2025, 1, 1, 2, 0))).toBe('2024-12-31');
    expect(nextDayStart(local(2024, 12, 31, 12))).toBe(local(2025, 1, 1, 4));
  });

  it('rejects an hour outside 0–23', () => {
    expect(() => dayStart(0, 24)).toThrow(RangeError);
    expect(() => dayStart(0, 1.5)).toThrow(RangeError);
  });
});

describe('across a daylight-saving change', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedTz;
  });

  it('regression: the day after spring-forward starts at 4:00, not 24 h later (5:00)', () => {
    process.env.TZ = 'Europe/Berlin'; // clocks went 2:00 → 3:00 on 2025-03-30
    const saturday = local(2025, 3, 29, 12);
    expect(nextDayStart(saturday)).toBe(local(2025, 3, 30, 4));
    expect(new Date(nextDayStart(local(2025, 3, 30, 12))).getHours()).toBe(4);
    expect(nextDayStart(local(2025, 3, 30, 12)) - local(2025, 3, 30, 4)).toBe(24 * 3_600_000);
    expect(local(2025, 3, 30, 4) - local(2025, 3, 29, 4)).toBe(23 * 3_600_000);
  });
});
