import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { compareAmounts, formatMoney, shareOf, type Currency } from '../../shared/domain/money';

export interface BarDatum {
  readonly label: string;
  /** Decimal string. */
  readonly amount: string;
}

/**
 * A hand-drawn SVG bar chart (no chart library): one bar per month, the amount written above
 * each bar. Accessible as an image with a title and a description listing every value, and
 * each bar carries its own <title> for pointer users.
 */
export function BarChart(props: { title: string; data: readonly BarDatum[]; currency?: Currency; height?: number; testId?: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const { data, currency = 'CNY' } = props;
  if (data.length === 0) return <p className="help">{t('kit.chart.noData')}</p>;

  const height = props.height ?? 220;
  const barWidth = 44;
  const gap = 18;
  const top = 22;
  const bottom = 26;
  const width = Math.max(320, data.length * (barWidth + gap) + gap);
  const plot = height - top - bottom;
  const max = data.reduce((m, d) => (compareAmounts(d.amount, m) > 0 ? d.amount : m), '0');
  const description = data.map((d) => `${d.label}: ${formatMoney(d.amount, { currency })}`).join('; ');

  return (
    <figure className="bar-chart" data-testid={props.testId}>
      <svg role="img" aria-labelledby={`${titleId} ${descId}`} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        <title id={titleId}>{props.title}</title>
        <desc id={descId}>{description}</desc>
        <line x1={0} x2={width} y1={top + plot} y2={top + plot} className="bar-axis" />
        {data.map((d, i) => {
          // Geometry only: the bar's share of the largest amount, computed in decimal then made
          // a number for pixels. The amount printed above the bar is the exact decimal.
          const h = Math.max(compareAmounts(d.amount, '0') > 0 ? 1 : 0, shareOf(d.amount, max) * plot);
          const x = gap + i * (barWidth + gap);
          return (
            <g key={d.label}>
              <title>{`${d.label}: ${formatMoney(d.amount, { currency })}`}</title>
              <rect x={x} y={top + plot - h} width={barWidth} height={h} className="bar" />
              <text x={x + barWidth / 2} y={top + plot - h - 6} textAnchor="middle" className="bar-value">
                {formatCompact(d.amount, currency)}
              </text>
              <text x={x + barWidth / 2} y={height - 8} textAnchor="middle" className="bar-label">
                {d.label}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** Short bar labels: whole currency units; the exact amount is in the title and description. */
function formatCompact(amount: string, currency: Currency): string {
  return formatMoney(amount, { currency, decimals: 0 });
}
