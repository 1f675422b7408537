import type { ReactNode } from "react";

export type ScrollRegionProps = { label: string; children: ReactNode; className?: string };

/**
 * A wide table's own horizontal scroll, so that the page never scrolls sideways on a phone. It
 * is a named region that takes focus, so a keyboard can scroll it too (WCAG 2.1.1). `relative`
 * makes it the containing block of visually hidden (absolutely placed) text inside, which would
 * otherwise widen the page from where it sits in the table.
 */
export function ScrollRegion({ label, children, className = "" }: ScrollRegionProps) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative max-w-full overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
