import { useCallback, useEffect, useRef } from 'react';

/**
 * Puts keyboard focus back where it was before a panel opened (the row, card or button that opened it), once
 * the panel is gone. The panel is unmounted rather than closed, so the dialog cannot do this itself.
 */
export function useReturnFocus(open: boolean): () => void {
  const opener = useRef<HTMLElement | null>(null);
  const remember = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, []);
  useEffect(() => {
    if (open || !opener.current) return;
    if (opener.current.isConnected) opener.current.focus();
    opener.current = null;
  }, [open]);
  return remember;
}
