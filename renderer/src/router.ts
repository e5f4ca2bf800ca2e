import { useCallback, useEffect, useState } from 'react';

// A tiny hash router: "#/education/terms" -> { screen: 'education', sub: 'terms' }. The hash keeps the place
// across reloads and lets tests open a screen directly, without another package.

export const SCREENS = ['planner', 'requests', 'smes', 'education', 'catalogue', 'events', 'hours', 'reports', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export interface Route {
  screen: Screen;
  sub: string | null;
}

export function parseHash(hash: string): Route {
  const [first, second] = hash.replace(/^#\/?/, '').split('/');
  const screen = (SCREENS as readonly string[]).includes(first ?? '') ? (first as Screen) : 'planner';
  return { screen, sub: second ? decodeURIComponent(second) : null };
}

export function hrefFor(screen: Screen, sub?: string | null): string {
  return sub ? `#/${screen}/${encodeURIComponent(sub)}` : `#/${screen}`;
}

export function useRoute(): [Route, (screen: Screen, sub?: string | null) => void] {
  const [route, setRoute] = useState<Route>(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((screen: Screen, sub?: string | null) => {
    window.location.hash = hrefFor(screen, sub);
  }, []);
  return [route, navigate];
}
