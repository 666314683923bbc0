// NL Design System links that navigate inside the app (react-router) instead of reloading the page.
import clsx from 'clsx';
import { forwardRef, type ReactNode } from 'react';
import { Link as RouterLink, type LinkProps as RouterLinkProps } from 'react-router';

/** Utrecht `Link` look, react-router behaviour. */
export const AppLink = forwardRef<HTMLAnchorElement, RouterLinkProps>(function AppLink(
  { className, ...props },
  ref,
) {
  return <RouterLink ref={ref} className={clsx('utrecht-link', 'utrecht-link--html-a', className)} {...props} />;
});

type AppButtonLinkProps = RouterLinkProps & {
  appearance?: 'primary-action-button' | 'secondary-action-button' | 'subtle-button';
};

/** Utrecht `ButtonLink` look, react-router behaviour. */
export const AppButtonLink = forwardRef<HTMLAnchorElement, AppButtonLinkProps>(function AppButtonLink(
  { appearance = 'secondary-action-button', className, ...props },
  ref,
) {
  const appearanceClass = {
    'primary-action-button': 'utrecht-button-link--primary-action',
    'secondary-action-button': 'utrecht-button-link--secondary-action',
    'subtle-button': 'utrecht-button-link--subtle',
  }[appearance];
  return (
    <RouterLink
      ref={ref}
      className={clsx('utrecht-button-link', 'utrecht-button-link--html-a', appearanceClass, className)}
      {...props}
    />
  );
});

/** Utrecht `NavListLink` (an item of a NavList); `current` marks the page the user is on. */
export function AppNavListLink({ to, current, children }: { to: string; current?: boolean; children: ReactNode }) {
  return (
    <li className="utrecht-nav-list__item">
      <RouterLink
        to={to}
        aria-current={current ? 'page' : undefined}
        className={clsx('utrecht-nav-list__link', 'utrecht-link', 'utrecht-link--html-a', current && 'zhw-nav__link--current')}
      >
        {children}
      </RouterLink>
    </li>
  );
}

/** For NL Design System components that take a `Link` component with an `href` (e.g. BreadcrumbNavLink). */
export const HrefRouterLink = forwardRef<HTMLAnchorElement, Omit<RouterLinkProps, 'to'> & { href?: string }>(
  function HrefRouterLink({ href, ...props }, ref) {
    return <RouterLink ref={ref} to={href ?? '.'} {...props} />;
  },
);
