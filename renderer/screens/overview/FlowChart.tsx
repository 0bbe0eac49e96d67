import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewMonth } from '../../../shared/contract/channels/overview';
import { compareAmounts, formatMoney, shareOf, type Currency } from '../../../shared/domain/money';

/**
 * Funding beside consumption per month, hand-drawn in SVG (no chart library): two bars a
 * month, a legend, every value in the description for screen readers and in each bar's title.
 */
export function FlowChart({ months, currency }: { months: readonly OverviewMonth[]; currency: Currency }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const height = 200;
  const top = 16;
  const bottom = 24;
  const bar = 22;
  const group = bar * 2 + 22;
  const width = Math.max(360, months.length * group + 20);
  const plot = height - top - bottom;
  const max = months.reduce((m, d) => [d.funding, d.consumption].reduce((x, v) => (compareAmounts(v, x) > 0 ? v : x), m), '0');
  const money = (a: string) => formatMoney(a, { currency });
  const series = [
    { key: 'funding' as const, label: t('overview.chart.funding'), className: 'bar bar-funding' },
    { key: 'consumption' as const, label: t('overview.chart.consumption'), className: 'bar bar-consumption' },
  ];
  const description = months.map((m) => `${m.month}: ${series.map((s) => `${s.label} ${money(m[s.key])}`).join(', ')}`).join('; ');
  return (
    <figure className="flow-chart" data-testid="overview-chart">
      <svg role="img" aria-labelledby={`${titleId} ${descId}`} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        <title id={titleId}>{t('overview.chart.title')}</title>
        <desc id={descId}>{description}</desc>
        <line x1={0} x2={width} y1={top + plot} y2={top + plot} className="bar-axis" />
        {months.map((m, i) => (
          <g key={m.month}>
            {series.map((s, j) => {
              // Geometry only: the share of the largest value, in decimal, made pixels at the end.
              const h = Math.max(compareAmounts(m[s.key], '0') > 0 ? 1 : 0, shareOf(m[s.key], max) * plot);
              const x = 14 + i * group + j * bar;
              return (
                <rect key={s.key} x={x} y={top + plot - h} width={bar - 2} height={h} className={s.className} data-series={s.key}>
                  <title>{`${m.month} ${s.label}: ${money(m[s.key])}`}</title>
                </rect>
              );
            })}
            <text x={14 + i * group + bar} y={height - 6} textAnchor="middle" className="bar-label">
              {m.month}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="chart-legend">
        {series.map((s) => (
          <span key={s.key} className={`legend legend-${s.key}`}>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
