import type { HTMLAttributes } from 'react';

import { cx } from './class-names';

export type InsetTextProps = HTMLAttributes<HTMLDivElement>;

export function InsetText({ className, ...rest }: InsetTextProps) {
  return <div className={cx('govuk-inset-text', className)} {...rest} />;
}
