import type { HTMLAttributes } from 'react';

import { cx } from './class-names';

export type VisuallyHiddenProps = HTMLAttributes<HTMLSpanElement> & { isFocusable?: boolean };

export function VisuallyHidden({ isFocusable = false, className, ...rest }: VisuallyHiddenProps) {
  return (
    <span
      className={cx(isFocusable ? 'govuk-visually-hidden-focusable' : 'govuk-visually-hidden', className)}
      {...rest}
    />
  );
}
