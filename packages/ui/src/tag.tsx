import type { HTMLAttributes } from 'react';

import { cx } from './class-names';

/**
 * The tag colours govuk-frontend 6 styles. Blue is the default tag. `turquoise` and `pink` are the
 * older names of `teal` and `magenta`; there is no light blue in version 6.
 */
export type TagColour =
  | 'blue'
  | 'grey'
  | 'green'
  | 'teal'
  | 'turquoise'
  | 'purple'
  | 'magenta'
  | 'pink'
  | 'red'
  | 'orange'
  | 'yellow';

const modifierByColour: Record<TagColour, string | undefined> = {
  blue: undefined,
  grey: 'govuk-tag--grey',
  green: 'govuk-tag--green',
  teal: 'govuk-tag--teal',
  turquoise: 'govuk-tag--teal',
  purple: 'govuk-tag--purple',
  magenta: 'govuk-tag--magenta',
  pink: 'govuk-tag--magenta',
  red: 'govuk-tag--red',
  orange: 'govuk-tag--orange',
  yellow: 'govuk-tag--yellow',
};

export type TagProps = HTMLAttributes<HTMLElement> & { colour?: TagColour | undefined };

export function Tag({ colour = 'blue', className, ...rest }: TagProps) {
  return <strong className={cx('govuk-tag', modifierByColour[colour], className)} {...rest} />;
}
