import type { ReactNode } from 'react';

import { cx } from './class-names';
import { Tag } from './tag';
import type { TagColour } from './tag';

export type PhaseBannerProps = {
  /** The tag text, e.g. "Beta". */
  phase: ReactNode;
  tagColour?: TagColour;
  children: ReactNode;
  className?: string;
};

export function PhaseBanner({ phase, tagColour, children, className }: PhaseBannerProps) {
  return (
    <div className={cx('govuk-phase-banner govuk-width-container', className)}>
      <p className="govuk-phase-banner__content">
        <Tag colour={tagColour} className="govuk-phase-banner__content__tag">
          {phase}
        </Tag>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}
