const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2027-03" as "March 2027", or "Mar 2027" when short. */
export function monthLabel(month: string, short = false): string {
  const [year, m] = month.split('-');
  const name = monthNames[Number(m) - 1] ?? month;
  return `${short ? name.slice(0, 3) : name} ${year ?? ''}`.trim();
}

export interface ChartMonth {
  month: string;
  plansIssued: number;
  within20Weeks: number;
}

export const chartSize = { width: 640, height: 280, left: 44, right: 8, top: 16, bottom: 44 };

/** Whole-number ticks for the y axis: about five steps, from 0 to at least the largest value. */
export function yTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 5));
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return ticks;
}

/** Where each month's two bars go, in the chart's own coordinates. */
export function chartLayout(months: ChartMonth[]) {
  const { width, height, left, right, top, bottom } = chartSize;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const ticks = yTicks(Math.max(0, ...months.map((m) => m.plansIssued)));
  const yMax = ticks.at(-1) ?? 1;
  const y = (v: number) => top + plotHeight - (v / yMax) * plotHeight;
  const groupWidth = months.length ? plotWidth / months.length : plotWidth;
  const barWidth = Math.min(28, groupWidth * 0.36);
  return {
    ticks: ticks.map((v) => ({ value: v, y: y(v) })),
    baseline: y(0),
    groups: months.map((m, i) => {
      const centre = left + groupWidth * i + groupWidth / 2;
      return {
        month: m.month,
        centre,
        // With many months, label every other one so the labels do not run together.
        isLabelled: months.length <= 12 || i % 2 === 0,
        all: {
          x: centre - barWidth - 1,
          y: y(m.plansIssued),
          width: barWidth,
          height: y(0) - y(m.plansIssued),
          value: m.plansIssued,
        },
        within: {
          x: centre + 1,
          y: y(m.within20Weeks),
          width: barWidth,
          height: y(0) - y(m.within20Weeks),
          value: m.within20Weeks,
        },
      };
    }),
  };
}

/**
 * Plans issued and issued within 20 weeks, by month: plain SVG, coloured by classes (the CSP
 * forbids inline styles). The table beside it carries the same numbers for anyone who cannot see it.
 */
export function TimelinessChart({ months, tableId }: { months: ChartMonth[]; tableId: string }) {
  const layout = chartLayout(months);
  const { width, height, left, right } = chartSize;
  return (
    <figure className="app-chart">
      <svg
        className="app-chart__svg"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Bar chart of final EHC plans issued and issued within 20 weeks, by month. The same figures are in the table that follows.`}
        aria-describedby={tableId}
        focusable="false"
      >
        {layout.ticks.map((t) => (
          <g key={t.value}>
            <line className="app-chart__grid" x1={left} x2={width - right} y1={t.y} y2={t.y} />
            <text className="app-chart__label" x={left - 6} y={t.y + 4} textAnchor="end">
              {t.value}
            </text>
          </g>
        ))}
        {layout.groups.map((g) => (
          <g key={g.month}>
            <rect
              className="app-chart__bar app-chart__bar--all"
              x={g.all.x}
              y={g.all.y}
              width={g.all.width}
              height={g.all.height}
            >
              <title>{`${monthLabel(g.month)}: ${g.all.value} plans issued`}</title>
            </rect>
            <rect
              className="app-chart__bar app-chart__bar--within"
              x={g.within.x}
              y={g.within.y}
              width={g.within.width}
              height={g.within.height}
            >
              <title>{`${monthLabel(g.month)}: ${g.within.value} issued within 20 weeks`}</title>
            </rect>
            {g.isLabelled && (
              <text className="app-chart__label" x={g.centre} y={layout.baseline + 18} textAnchor="middle">
                {monthLabel(g.month, true)}
              </text>
            )}
          </g>
        ))}
        <line
          className="app-chart__axis"
          x1={left}
          x2={width - right}
          y1={layout.baseline}
          y2={layout.baseline}
        />
      </svg>
      <figcaption>
        <ul className="govuk-list app-chart__legend">
          <li>
            <svg className="app-chart__swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <rect className="app-chart__bar--all" width="16" height="16" />
            </svg>
            Final plans issued
          </li>
          <li>
            <svg className="app-chart__swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <rect className="app-chart__bar--within" width="16" height="16" />
            </svg>
            Issued within 20 weeks
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
