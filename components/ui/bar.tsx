export type BarProps = { percent: number; tone?: "accent" | "warning"; className?: string };

/**
 * A horizontal bar filled to `percent`. Drawn as SVG with a width attribute, not a style
 * attribute, so that the Content-Security-Policy can forbid inline styles.
 */
export function Bar({ percent, tone = "accent", className = "" }: BarProps) {
  const width = Math.min(100, Math.max(0, percent));
  return (
    <div aria-hidden="true" className={`h-2 overflow-hidden rounded-full bg-line ${className}`}>
      {/* The fill is a rounded box of its own inside the rounded track, sized by an SVG
          attribute: both ends round, at any width. */}
      <svg className="block size-full" focusable="false">
        <rect width={`${width}%`} height="100%" rx="4" className={tone === "warning" ? "fill-amber-500" : "fill-accent"} />
      </svg>
    </div>
  );
}
