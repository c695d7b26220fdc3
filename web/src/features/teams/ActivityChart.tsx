// The team overview as a plain SVG bar chart: one bar per activity type (all 11, most frequent first), the
// count at the end of the bar; informal and formal in two shades, with a legend. Scales to the screen width.
export interface ChartRow {
  type: string;
  label: string;
  categorie: 'informeel' | 'formeel';
  count: number;
}

const ROW = 34;
const LABEL_H = 14;
const WIDTH = 640;

export function ActivityChart({ rows, title }: { rows: readonly ChartRow[]; title: string }) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const height = rows.length * ROW + 8;
  return (
    <figure className="activity-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="activity-chart-title"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="activity-chart-title">{title}</title>
        {rows.map((r, i) => {
          const y = i * ROW + 4;
          const w = Math.round(((WIDTH - 60) * r.count) / max);
          return (
            <g key={r.type} data-type={r.type}>
              <text x={0} y={y + LABEL_H - 3} fontSize={13} fill="currentColor">
                {r.label}
              </text>
              <rect
                x={0}
                y={y + LABEL_H}
                width={Math.max(w, 2)}
                height={14}
                rx={3}
                fill={r.categorie === 'informeel' ? '#2f6f9f' : '#c27c0e'}
              />
              <text x={Math.max(w, 2) + 6} y={y + LABEL_H + 12} fontSize={13} fill="currentColor">
                {r.count}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span className="legend informeel">■</span> informeel leren <span className="legend formeel">■</span>{' '}
        formeel leren
      </figcaption>
    </figure>
  );
}
