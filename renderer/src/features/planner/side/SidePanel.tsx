import { useState, type ReactNode } from 'react';
import { useDroppable } from '@dnd-kit/core';
import { useTranslation } from 'react-i18next';
import { tabId, tabPanelId, Tabs } from '../../../components/Tabs';
import { useDragSelector, type DragState, type DragStore } from '../dnd/dragStore';
import { LIST_DROP_ID } from '../dnd/sensors';

type Tab = 'unplanned' | 'conflicts' | 'suggest';
const PREFIX = 'planner-side';

interface Props {
  store: DragStore;
  sideRef: (el: HTMLElement | null) => void;
  unplannedCount: number;
  conflictCount: number;
  unplanned: ReactNode;
  conflicts: ReactNode;
  /** The suggestion review, as a third tab while a proposal or repair is open. */
  suggest: { label: string; content: ReactNode } | null;
  tab: Tab;
  onTab: (tab: Tab) => void;
}

/**
 * Beside the grid: the waiting list and the conflicts, as two tabs. The whole panel takes bars dropped back
 * on it (they go back to the waiting list), and says so while a bar is dragged.
 */
export function SidePanel({ store, sideRef, unplannedCount, conflictCount, unplanned, conflicts, suggest, tab: wanted, onTab }: Props) {
  const { t } = useTranslation();
  const { setNodeRef } = useDroppable({ id: LIST_DROP_ID });
  const zone = useDragSelector(store, zoneOf);
  const barDrag = zone !== 'none';
  const over = zone === 'over' || zone === 'blocked';
  const blocked = zone === 'blocked';
  const tab = wanted === 'suggest' && !suggest ? 'unplanned' : wanted;
  return (
    <aside
      ref={(el) => {
        setNodeRef(el);
        sideRef(el);
      }}
      className={`pl-side${barDrag ? ' is-drop-zone' : ''}${over ? ' is-over' : ''}${blocked ? ' is-blocked' : ''}`}
      aria-label={t('plannerEdit.side.label')}
      data-testid="planner-side"
    >
      <Tabs
        label={t('plannerEdit.side.label')}
        idPrefix={PREFIX}
        active={tab}
        onChange={onTab}
        tabs={[
          { key: 'unplanned', label: t('plannerEdit.side.unplanned', { count: unplannedCount }) },
          { key: 'conflicts', label: t('plannerEdit.side.conflicts', { count: conflictCount }) },
          ...(suggest ? [{ key: 'suggest' as const, label: suggest.label }] : []),
        ]}
      />
      <div className="pl-side-body" role="tabpanel" id={tabPanelId(PREFIX, tab)} aria-labelledby={tabId(PREFIX, tab)}>
        {tab === 'unplanned' ? unplanned : tab === 'conflicts' ? conflicts : suggest?.content}
      </div>
      {barDrag && (
        <div className="pl-side-drop" aria-hidden="true" data-testid="unplan-zone">
          <span>{blocked ? t('plannerEdit.drop.notUnplannable') : t('plannerEdit.drop.unplan')}</span>
        </div>
      )}
    </aside>
  );
}

/** Whether the panel is a drop zone right now: only while a bar is dragged with the pointer. */
function zoneOf(s: DragState): 'none' | 'zone' | 'over' | 'blocked' {
  if (s.source?.kind !== 'bars' || s.via !== 'pointer') return 'none';
  if (s.target?.kind !== 'list') return 'zone';
  return s.proposal?.refused ? 'blocked' : 'over';
}

export type { Tab as SideTab };
export const useSideTab = () => useState<Tab>('unplanned');
