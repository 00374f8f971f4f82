import { useRouter, useRouterState } from '@tanstack/react-router';
import type { AnchorHTMLAttributes, MouseEvent } from 'react';

// Links and navigation for pages, on TanStack Router (the route tree with typed parameters is
// src/routes.tsx). Pages link with plain hrefs (they carry query strings such as ?nach=SD_ALTER); the
// router resolves them against the typed tree, so an unknown or malformed path shows "not found".

interface RouterHandle {
  go: (href: string, replace: boolean) => void;
  /** Where the router is or is going (a navigation may still be pending). */
  latestHref: () => string;
}
let connected: RouterHandle | null = null;

/** Connects navigate() to the running router (called once by main.tsx). */
export function connectRouter(handle: RouterHandle): void {
  connected = handle;
}

export interface NavigateOptions {
  replace?: boolean;
  /** Keep the scroll position (e.g. when only a filter changed). */
  keepScroll?: boolean;
}

export function navigate(to: string, options: NavigateOptions = {}): void {
  // Compared with the pending target too: router navigations finish asynchronously, and effects that
  // redirect (login, password change) would otherwise ask for the same navigation again and again.
  const current = connected?.latestHref() ?? window.location.pathname + window.location.search;
  if (to === current || to === window.location.pathname + window.location.search + window.location.hash)
    return;
  if (connected) connected.go(to, options.replace ?? false);
  else if (options.replace) window.location.replace(to);
  else window.location.assign(to);
  if (!options.keepScroll) window.scrollTo(0, 0);
}

export interface Location {
  pathname: string;
  search: URLSearchParams;
  /** pathname + search, e.g. for "return to" links. */
  href: string;
}

/** The current location, with the query as URLSearchParams (for pages whose filters live in the URL). */
export function useLocation(): Location {
  // Two primitive selections: a new object per call would re-render without end.
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const searchStr = useRouterState({ select: (state) => state.location.searchStr });
  return { pathname, search: new URLSearchParams(searchStr), href: pathname + searchStr };
}

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  href: string;
  replace?: boolean;
}

/** An ordinary <a href> that navigates inside the app on a plain left click. */
export function Link({ href, replace, onClick, ...rest }: LinkProps) {
  const router = useRouter();
  function handleClick(event: MouseEvent<HTMLAnchorElement>): void {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      rest.target === '_blank' ||
      !href.startsWith('/')
    ) {
      return;
    }
    event.preventDefault();
    void router.navigate({ href, replace });
    window.scrollTo(0, 0);
  }
  return <a href={href} onClick={handleClick} {...rest} />;
}
