import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

import { cx } from './class-names';
import { focusElement } from './focus';

export type PanelProps = {
  title: ReactNode;
  children?: ReactNode;
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
  /** Moves focus to the panel when it appears, so screen reader users hear the confirmation. */
  isFocusedOnMount?: boolean;
  className?: string;
};

export function Panel({
  title,
  children,
  headingLevel = 1,
  isFocusedOnMount = false,
  className,
}: PanelProps) {
  const ref = useRef<HTMLDivElement>(null);
  const Heading = `h${headingLevel}` as const;

  useEffect(() => {
    if (isFocusedOnMount && ref.current) {
      focusElement(ref.current);
    }
  }, [isFocusedOnMount]);

  return (
    <div ref={ref} className={cx('govuk-panel govuk-panel--confirmation', className)}>
      <Heading className="govuk-panel__title">{title}</Heading>
      {children ? <div className="govuk-panel__body">{children}</div> : null}
    </div>
  );
}
