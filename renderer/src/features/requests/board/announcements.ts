import { useMemo, useRef } from 'react';
import type { Active, Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../../../shared/domain/constants';
import { needsReason, statusOfColumn } from './boardModel';
import { rowOfActive } from './dndRules';

/** What a screen reader hears while a card is picked up, moved and dropped, in the UI language. */
export function useBoardAnnouncements(): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const { t } = useTranslation();
  // dnd-kit reports the card's own column as "over" right after the pick-up; saying so would talk over the
  // pick-up message, so that first report stays silent.
  const justStarted = useRef(false);
  return useMemo(() => {
    const label = (s: RequestStatus | null | undefined) => (s ? t(`enums.requestStatus.${s}`) : '');
    const words = (active: Active, overId?: string | number | null) => {
      const row = rowOfActive(active);
      const to = statusOfColumn(overId);
      return { row, to, text: { sme: row?.smeName ?? '', from: label(row?.status), to: label(to) } };
    };
    return {
      screenReaderInstructions: { draggable: t('requestsEdit.announce.instructions') },
      announcements: {
        onDragStart: ({ active }) => {
          justStarted.current = true;
          return t('requestsEdit.announce.start', words(active).text);
        },
        onDragOver: ({ active, over }) => {
          const w = words(active, over?.id);
          const first = justStarted.current;
          justStarted.current = false;
          if (first && w.to === w.row?.status) return undefined;
          if (!w.to) return t('requestsEdit.announce.overNone', w.text);
          return t(w.to === w.row?.status ? 'requestsEdit.announce.overStart' : 'requestsEdit.announce.over', w.text);
        },
        onDragEnd: ({ active, over }) => {
          const w = words(active, over?.id);
          if (!w.to || !w.row) return t('requestsEdit.announce.cancel', w.text);
          if (w.to === w.row.status) return t('requestsEdit.announce.dropSame', w.text);
          return t(needsReason(w.to) ? 'requestsEdit.announce.dropReason' : 'requestsEdit.announce.drop', w.text);
        },
        onDragCancel: ({ active }) => t('requestsEdit.announce.cancel', words(active).text),
      },
    };
  }, [t]);
}
