import type { ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on a phone. The scroll container is focusable and named, so keyboard
 * users can scroll it and screen readers announce what it is (axe: scrollable-region-focusable).
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
