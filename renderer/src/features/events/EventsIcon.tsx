import type { SVGProps } from 'react';

/** Navigation icon of Evenementen: a lectern with a speech line, in the stroke style of components/icons. */
export function EventsIcon({ size = 20, ...rest }: SVGProps<SVGSVGElement> & { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8}
      strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...rest}>
      <path d="M4 5h16v9H4z" />
      <path d="M8 9h8M12 14v4M8 21l4-3 4 3" />
    </svg>
  );
}
