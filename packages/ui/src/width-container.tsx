import type { HTMLAttributes } from 'react';

import { cx } from './class-names';

export type WidthContainerProps = HTMLAttributes<HTMLDivElement>;

export function WidthContainer({ className, ...rest }: WidthContainerProps) {
  return <div className={cx('govuk-width-container', className)} {...rest} />;
}

export type MainProps = HTMLAttributes<HTMLElement> & {
  /** The skip link's target. */
  id?: string;
  /** `auto` suits pages with no back link or breadcrumbs above the content; `l` adds more space. */
  spacing?: 'auto' | 'l';
};

export function Main({ id = 'main-content', spacing, className, ...rest }: MainProps) {
  return (
    <main
      id={id}
      className={cx(
        'govuk-main-wrapper',
        spacing === 'auto' && 'govuk-main-wrapper--auto-spacing',
        spacing === 'l' && 'govuk-main-wrapper--l',
        className,
      )}
      {...rest}
    />
  );
}
