import { createContext, createElement, use } from 'react';
import type { AnchorHTMLAttributes, ComponentType, ReactNode, Ref } from 'react';

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  href: string;
  ref?: Ref<HTMLAnchorElement>;
};

/** A component that renders an in-app link, e.g. an adapter around react-router's `Link`. */
export type LinkComponent = ComponentType<LinkProps>;

const LinkComponentContext = createContext<LinkComponent | null>(null);

/**
 * Sets the component every @casework/ui link uses for in-app hrefs, so the library stays free of any
 * router while links still navigate client-side.
 */
export function LinkProvider({ component, children }: { component: LinkComponent; children: ReactNode }) {
  return <LinkComponentContext value={component}>{children}</LinkComponentContext>;
}

// Other origins, mailto/tel and same-page fragments must stay plain anchors: a router cannot handle them.
export function isExternalHref(href: string): boolean {
  return /^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href);
}

export function Link({ linkAs, ...props }: LinkProps & { linkAs?: LinkComponent | undefined }) {
  const fromContext = use(LinkComponentContext);
  const Component = linkAs ?? fromContext;
  if (!Component || isExternalHref(props.href)) {
    return <a {...props} />;
  }
  // createElement rather than JSX: the component comes from context or props and is stable, which
  // the react-hooks static-components rule cannot see.
  return createElement(Component, props);
}
