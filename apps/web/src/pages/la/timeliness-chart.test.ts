import { describe, expect, it } from 'vitest';

import { chartLayout, chartSize, monthLabel, yTicks } from './timeliness-chart';

describe('the timeliness chart', () => {
  it('names months in full or short', () => {
    expect(monthLabel('2027-03')).toBe('March 2027');
    expect(monthLabel('2027-12', true)).toBe('Dec 2027');
  });

  it('counts the y axis in whole plans, up to at least the largest month', () => {
    expect(yTicks(0)).toEqual([0, 1]);
    expect(yTicks(3)).toEqual([0, 1, 2, 3]);
    expect(yTicks(12)).toEqual([0, 3, 6, 9, 12]);
    expect(yTicks(13)).toEqual([0, 3, 6, 9, 12, 15]);
  });

  it('draws bars in proportion, standing on the baseline', () => {
    const layout = chartLayout([
      { month: '2027-01', plansIssued: 10, within20Weeks: 5 },
      { month: '2027-02', plansIssued: 0, within20Weeks: 0 },
    ]);
    const [jan, feb] = layout.groups;
    expect(jan?.all.y).toBe(chartSize.top);
    expect(jan?.all.height).toBeCloseTo((jan?.within.height ?? 0) * 2);
    expect((jan?.within.y ?? 0) + (jan?.within.height ?? 0)).toBe(layout.baseline);
    expect(feb?.all.height).toBe(0);
  });

  it('labels every other month when there are more than twelve', () => {
    const months = Array.from({ length: 14 }, (_, i) => ({
      month: `2027-${String((i % 12) + 1).padStart(2, '0')}`,
      plansIssued: 1,
      within20Weeks: 1,
    }));
    expect(chartLayout(months).groups.filter((g) => g.isLabelled)).toHaveLength(7);
  });
});
