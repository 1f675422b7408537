export type DistributionChartProps = { bins: number[]; label: string };

/**
 * How many students scored in each tenth (0–10 % … 90–100 %): ten SVG bars sized by attributes
 * (no style attribute, for the CSP). Screen readers get the counts in the label.
 */
export function DistributionChart({ bins, label }: DistributionChartProps) {
  const most = Math.max(1, ...bins);
  const total = bins.reduce((a, b) => a + b, 0);
  const words = bins.map((n, i) => `${i * 10}–${i === 9 ? 100 : i * 10 + 10}%: ${n}`).join(", ");
  return (
    <svg
      viewBox="0 0 100 32"
      preserveAspectRatio="none"
      role="img"
      aria-label={total ? `${label}. Students per score band: ${words}` : `${label}: no scores yet`}
      className="block h-8 w-24"
      focusable="false"
    >
      <line x1={0} x2={100} y1={31.5} y2={31.5} className="stroke-line" strokeWidth={1} vectorEffect="non-scaling-stroke" />
      {bins.map((n, i) => {
        const height = n === 0 ? 0 : Math.max(2, (n / most) * 30);
        return <rect key={i} x={i * 10 + 1} y={31 - height} width={8} height={height} className="fill-accent" />;
      })}
    </svg>
  );
}
