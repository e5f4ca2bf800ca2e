import { useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { PlanIndex } from '../../../../../shared/domain/planning/placement';
import type { Violation } from '../../../../../shared/domain/planning/violations';
import { mondayOf, weeksBetween } from '../../../../../shared/domain/weeks';
import { AssignmentStatusChip } from '../../../components/Chips';
import { useLang } from '../../../i18n/useLang';
import { teamLabel, violationText, weekRange } from '../model/words';

export interface HoverState { id: number; rect: DOMRect }

/** Which bar's details are showing. Outside React state: hovering must not re-render the grid. */
export class HoverStore {
  private state: HoverState | null = null;
  private listeners = new Set<() => void>();
  private timer: number | undefined;
  /** The bar shown or about to be shown: moving within it changes nothing. */
  private wanted: number | null = null;
  get = () => this.state;
  subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  private emit(next: HoverState | null) {
    this.state = next;
    this.listeners.forEach((l) => l());
  }
  /** Shows after a short pause for the pointer (passing over bars should not flash popups), at once for focus. */
  show(id: number, el: HTMLElement, immediate: boolean) {
    if (this.wanted === id && !immediate) return;
    this.wanted = id;
    window.clearTimeout(this.timer);
    if (immediate) this.emit({ id, rect: el.getBoundingClientRect() });
    else this.timer = window.setTimeout(() => this.emit({ id, rect: el.getBoundingClientRect() }), 350);
  }
  hide() {
    this.wanted = null;
    window.clearTimeout(this.timer);
    if (this.state) this.emit(null);
  }
}

interface Props {
  store: HoverStore;
  idx: PlanIndex;
  warnings: Readonly<Record<string, readonly Violation[]>>;
  hidden: boolean;
}

/** The details of the bar under the pointer or with the focus: company, offering, team, weeks, status, warnings. */
export function BarTooltip({ store, idx, warnings, hidden }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const hover = useSyncExternalStore(store.subscribe, store.get, store.get);
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  const a = hover ? idx.snapshot.assignments.find((x) => x.id === hover.id) : undefined;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!hover || !el) return;
    const r = el.getBoundingClientRect();
    const below = hover.rect.bottom + 8;
    const top = below + r.height > window.innerHeight - 8 ? Math.max(8, hover.rect.top - r.height - 8) : below;
    const left = Math.max(8, Math.min(hover.rect.left, window.innerWidth - r.width - 8));
    setPos({ left, top });
  }, [hover]);

  if (!hover || !a || hidden) return null;
  const request = idx.request.get(a.requestId);
  const team = idx.team.get(a.teamId);
  const list = warnings[String(a.id)] ?? [];
  const count = weeksBetween(mondayOf(a.startWeek), mondayOf(a.endWeek)).length;
  return createPortal(
    <div ref={ref} className="pl-tooltip" role="tooltip" data-testid="bar-tooltip"
      style={pos ? { left: pos.left, top: pos.top } : { left: -9999, top: 0 }}>
      <div className="pl-tooltip-head">
        <strong>{request?.smeName}</strong>
        <AssignmentStatusChip status={a.status} />
      </div>
      <div className="pl-tooltip-offering">{request?.offeringName ?? t('plannerEdit.bar.noOffering')}</div>
      <div className="pl-tooltip-line">{team ? teamLabel(team, true) : ''}</div>
      <div className="pl-tooltip-line">{weekRange(a.startWeek, a.endWeek)} · {t('common.weeks', { count })}</div>
      {a.needsReplan && <div className="pl-tooltip-replan">{t('plannerEdit.panel.replan')}</div>}
      {list.length > 0 && (
        <ul className="pl-tooltip-warnings">
          {list.map((v) => <li key={v.rule} className={v.hard ? 'is-hard' : 'is-soft'}>{violationText(v, lang, t)}</li>)}
        </ul>
      )}
      <div className="pl-tooltip-hint">{t('plannerEdit.tooltip.hint')}</div>
    </div>,
    document.body,
  );
}
