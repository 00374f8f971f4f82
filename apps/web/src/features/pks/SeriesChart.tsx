import type { ProfileSeries } from '@asskomm/contracts';
import { useMemo, useRef } from 'react';
import { escapeHtml, type LineStyle, type PksChartOption, SERIES_STYLES, useEChart } from './charts.ts';
import { formatCi, formatHz } from './format.ts';

interface SeriesChartProps {
  series: ProfileSeries;
  areaName: string;
  districtName: string | null;
  showSaxony: boolean;
}

/** A small legend that shows each line's dash pattern, so the lines can be told apart without colour. */
export function LineLegend({
  items,
}: {
  items: { label: string; style: 'own' | 'district' | 'saxony' | 'band' }[];
}) {
  return (
    <ul className="pks-legend">
      {items.map((item) => (
        <li key={item.label} className="pks-legend__item">
          <svg width="36" height="14" aria-hidden="true" focusable="false" className="pks-legend__swatch">
            {item.style === 'band' ? (
              <rect
                x="0"
                y="2"
                width="36"
                height="10"
                fill={SERIES_STYLES.band}
                stroke="#1a3da5"
                strokeWidth="0.5"
              />
            ) : (
              <>
                <line
                  x1="0"
                  y1="7"
                  x2="36"
                  y2="7"
                  stroke={SERIES_STYLES[item.style].color}
                  strokeWidth="3"
                  strokeDasharray={SERIES_STYLES[item.style].dashArray || undefined}
                />
                {item.style === 'own' ? <circle cx="18" cy="7" r="4" fill={SERIES_STYLES.own.color} /> : null}
                {item.style === 'district' ? (
                  <path d="M18 2 L23 11 L13 11 Z" fill={SERIES_STYLES.district.color} />
                ) : null}
                {item.style === 'saxony' ? (
                  <rect x="14" y="3" width="8" height="8" fill={SERIES_STYLES.saxony.color} />
                ) : null}
              </>
            )}
          </svg>
          <span className="kern-body kern-body--small">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** HZ over the years with the 95 % confidence band, the district and Saxony, and marked series breaks. */
export function SeriesChart({ series, areaName, districtName, showSaxony }: SeriesChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const option = useMemo<PksChartOption>(() => {
    const present = [
      ...series.points.map((p) => p.year),
      ...(series.district ?? []).map((p) => p.year),
      ...(showSaxony ? (series.saxony ?? []) : []).map((p) => p.year),
    ];
    // Every year between the first and the last, so a missing year shows as a gap, not as a line.
    const first = Math.min(...present);
    const years = present.length
      ? Array.from({ length: Math.max(...present) - first + 1 }, (_, i) => first + i)
      : [];
    const own = new Map(series.points.map((p) => [p.year, p]));
    const district = new Map((series.district ?? []).map((p) => [p.year, p]));
    const saxony = new Map((series.saxony ?? []).map((p) => [p.year, p]));
    const categories = years.map(String);
    const line = (name: string, style: LineStyle, values: (number | null)[], width: number) => ({
      type: 'line' as const,
      name,
      data: values,
      connectNulls: false,
      showSymbol: true,
      symbol: style.symbol,
      symbolSize: 8,
      lineStyle: { color: style.color, width, type: style.dash },
      itemStyle: { color: style.color },
      emphasis: { disabled: true },
    });
    const breakLines = series.breaks
      .filter((b) => years.includes(b.year))
      .map((b) => ({
        xAxis: String(b.year),
        label: { formatter: `Bruch ${b.year}`, color: '#131525', fontSize: 12 },
      }));
    const ownValues = years.map((y) => own.get(y)?.hz ?? null);
    const result: PksChartOption = {
      animation: false,
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      tooltip: {
        trigger: 'axis',
        confine: true,
        textStyle: { color: '#131525', fontFamily: 'Fira Sans, sans-serif', fontSize: 14 },
        formatter: (params) => {
          const first = Array.isArray(params) ? params[0] : params;
          const year = Number(first?.name);
          const lines = [`<strong>${year}</strong>`];
          const p = own.get(year);
          if (p)
            lines.push(
              `${escapeHtml(areaName)}: HZ ${formatHz(p.hz)} (95-%-KI ${formatCi(p.hzCiLow, p.hzCiHigh)})`,
            );
          const d = district.get(year);
          if (d && districtName) lines.push(`${escapeHtml(districtName)}: HZ ${formatHz(d.hz)}`);
          const s = saxony.get(year);
          if (s && showSaxony) lines.push(`Sachsen: HZ ${formatHz(s.hz)}`);
          return lines.join('<br>');
        },
      },
      xAxis: {
        type: 'category',
        data: categories,
        boundaryGap: false,
        axisLabel: { color: '#131525', fontSize: 13 },
      },
      yAxis: {
        type: 'value',
        name: 'HZ je 100.000 Einw.',
        nameTextStyle: { color: '#131525', fontSize: 13, align: 'left' },
        axisLabel: {
          color: '#131525',
          fontSize: 13,
          formatter: (value: number) => new Intl.NumberFormat('de-DE').format(value),
        },
        min: 0,
      },
      series: [
        {
          type: 'line',
          name: 'KI unten',
          data: years.map((y) => own.get(y)?.hzCiLow ?? null),
          stack: 'ci',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          tooltip: { show: false },
          silent: true,
        },
        {
          type: 'line',
          name: '95-%-Konfidenzintervall',
          data: years.map((y) => {
            const p = own.get(y);
            return p?.hzCiLow != null && p.hzCiHigh != null ? p.hzCiHigh - p.hzCiLow : null;
          }),
          stack: 'ci',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          areaStyle: { color: SERIES_STYLES.band },
          silent: true,
        },
        {
          ...line(areaName, SERIES_STYLES.own, ownValues, 3),
          markLine: breakLines.length
            ? {
                symbol: 'none',
                silent: true,
                lineStyle: { color: '#3f4350', type: 'dashed', width: 1.5 },
                data: breakLines,
              }
            : undefined,
        },
        ...(districtName && series.district
          ? [
              line(
                districtName,
                SERIES_STYLES.district,
                years.map((y) => district.get(y)?.hz ?? null),
                2,
              ),
            ]
          : []),
        ...(showSaxony && series.saxony
          ? [
              line(
                'Sachsen',
                SERIES_STYLES.saxony,
                years.map((y) => saxony.get(y)?.hz ?? null),
                2,
              ),
            ]
          : []),
      ],
    };
    return result;
  }, [series, areaName, districtName, showSaxony]);

  useEChart(container, option);

  const label = `Liniendiagramm: Häufigkeitszahl „${series.label}“ für ${areaName} von ${series.points[0]?.year ?? '–'} bis ${
    series.points.at(-1)?.year ?? '–'
  } mit 95-%-Konfidenzband${districtName ? `, im Vergleich mit ${districtName}` : ''}${
    showSaxony ? ' und Sachsen' : ''
  }. Die Werte stehen in der Tabelle unter der Grafik.`;
  return <div ref={container} className="pks-chart" role="img" aria-label={label} />;
}
