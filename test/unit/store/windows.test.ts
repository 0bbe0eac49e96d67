import { describe, expect, it } from 'vitest';
import { beijingDate, isoZ, recentMonths, splitByYear, splitDatesByYear } from '../../../electron/core/sync/windows';

describe('record windows (the API caps a span at one year)', () => {
  it('keeps a span shorter than a year whole', () => {
    const spans = splitByYear(new Date('2025-03-01T00:00:00Z'), new Date('2025-12-31T00:00:00Z'));
    expect(spans.map((s) => [isoZ(s.from), isoZ(s.to)])).toEqual([['2025-03-01T00:00:00Z', '2025-12-31T00:00:00Z']]);
  });

  it('splits 2½ years into three consecutive spans of at most a year, without gaps or overlaps', () => {
    const spans = splitByYear(new Date('2023-01-01T00:00:00Z'), new Date('2025-06-30T12:00:00Z'));
    expect(spans.map((s) => [isoZ(s.from), isoZ(s.to)])).toEqual([
      ['2023-01-01T00:00:00Z', '2023-12-31T23:59:59Z'],
      ['2024-01-01T00:00:00Z', '2024-12-31T23:59:59Z'],
      ['2025-01-01T00:00:00Z', '2025-06-30T12:00:00Z'],
    ]);
  });

  it('splits trade-date windows in Beijing dates, inclusive', () => {
    expect(splitDatesByYear(new Date('2023-12-31T20:00:00Z'), new Date('2025-02-01T00:00:00Z'))).toEqual([
      { from: '2024-01-01', to: '2024-12-31' },
      { from: '2025-01-01', to: '2025-02-01' },
    ]);
  });

  it('counts bill months and dates in Beijing time', () => {
    expect(beijingDate(new Date('2025-01-31T16:30:00Z'))).toBe('2025-02-01');
    expect(recentMonths(new Date('2025-01-31T16:30:00Z'), 3)).toEqual(['2024-12', '2025-01', '2025-02']);
  });
});
