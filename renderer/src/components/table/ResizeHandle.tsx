import type { KeyboardEvent, PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  column: string;
  width: number;
  onResize: (width: number | null) => void;
}

/**
 * The right edge of a header cell: drag it to change the column's width, or focus it and use the arrow keys
 * (Shift for big steps); double-click or Delete returns to the designed width.
 */
export function ResizeHandle({ column, width, onResize }: Props) {
  const { t } = useTranslation();
  const onPointerDown = (e: PointerEvent<HTMLSpanElement>) => {
    e.preventDefault();
    e.stopPropagation();
    const startX = e.clientX;
    const target = e.currentTarget;
    target.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => onResize(width + ev.clientX - startX);
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLSpanElement>) => {
    const step = e.shiftKey ? 40 : 10;
    if (e.key === 'ArrowRight') onResize(width + step);
    else if (e.key === 'ArrowLeft') onResize(width - step);
    else if (e.key === 'Delete' || e.key === 'Backspace') onResize(null);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <span
      className="col-resize"
      role="separator"
      aria-orientation="vertical"
      aria-label={t('table.resizeColumn', { column })}
      aria-valuenow={Math.round(width)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      onDoubleClick={() => onResize(null)}
      onClick={(e) => e.stopPropagation()}
    />
  );
}
