import type { HTMLAttributes } from 'react';

import { cx } from './class-names';

export type HintProps = HTMLAttributes<HTMLDivElement>;

export function Hint({ className, ...rest }: HintProps) {
  return <div className={cx('govuk-hint', className)} {...rest} />;
}
