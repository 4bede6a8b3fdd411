import type { LinkProps } from '@casework/ui';
import { Link } from 'react-router';

/** Lets @casework/ui components navigate inside the app without a full page load. */
export function RouterLink({ href, ...rest }: LinkProps) {
  if (/^(https?:|mailto:|#)/.test(href)) return <a href={href} {...rest} />;
  return <Link to={href} {...rest} />;
}
