import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanIndex } from '../../../../../shared/domain/planning/placement';
import { useLang } from '../../../i18n/useLang';
import { useDragState, type DragStore } from '../dnd/dragStore';
import type { Axis } from '../model/axis';
import { BAR_INSET, LABEL_WIDTH, ROW_HEIGHT } from '../model/layout';
import { proposalViolations, type Proposal, type ProposedItem } from '../model/proposal';
import type { RowModel } from '../model/rows';
import { teamLabel, violationText, weekRange } from '../model/words';

interface Props {
  store: DragStore;
  axis: Axis;
  rows: RowModel;
  idx: PlanIndex;
  weekWidth: number;
}

const toneOf = (p: Proposal) => (p.refused ? 'refused' : p.warned ? 'warned' : 'ok');

/**
 * Where a drop would land, drawn while dragging: a ghost bar per placement (green fits, amber fits with a
 * warning, red refused) and a note beside it that says why, in words, before anything is saved.
 */
export function DropPreview({ store, axis, rows, idx, weekWidth }: Props) {
  const { proposal, target } = useDragState(store);
  if (!proposal || !target || target.kind !== 'cell' || proposal.items.length === 0) return null;
  const tone = toneOf(proposal);
  const placed = proposal.items.map((item) => ({ item, box: boxOf(item, rows, axis, weekWidth) }));
  const boxes = placed.map((p) => p.box).filter((b) => b !== null);
  const anchor = boxes[0] ?? null;
  // The note goes above the highest ghost when there is room, else below the lowest, never over a ghost.
  const top = Math.min(...boxes.map((b) => b.top));
  const bottom = Math.max(...boxes.map((b) => b.top + b.height));
  return (
    <>
      {placed.map(({ item, box }) => box && (
        <div
          key={`${item.requestId}`}
          className={`pl-ghost is-${item.offGrid || item.violations.some((v) => v.hard) ? 'refused' : item.violations.length > 0 ? 'warned' : 'ok'}`}
          style={box}
          data-testid="drop-ghost"
          data-team-id={item.teamId ?? ''}
          data-start={item.startWeek}
          data-end={item.endWeek}
          aria-hidden="true"
        >
          <span className="pl-ghost-text">{idx.request.get(item.requestId)?.smeName}</span>
        </div>
      ))}
      {anchor && <DropHint proposal={proposal} tone={tone} idx={idx} left={anchor.left} top={top} bottom={bottom} />}
    </>
  );
}

function boxOf(item: ProposedItem, rows: RowModel, axis: Axis, weekWidth: number) {
  if (item.offGrid || item.teamId === null) return null;
  const row = rows.rowOfTeam.get(item.teamId);
  const from = axis.index.get(item.startWeek);
  if (row === undefined || from === undefined) return null;
  const to = axis.index.get(item.endWeek) ?? axis.weeks.length - 1;
  return {
    top: rows.offsets[row]! + 4,
    left: from * weekWidth + BAR_INSET,
    width: (to - from + 1) * weekWidth - 2 * BAR_INSET,
    height: ROW_HEIGHT.team - 8,
  };
}

interface HintProps { proposal: Proposal; tone: string; idx: PlanIndex; left: number; top: number; bottom: number }

function DropHint({ proposal, tone, idx, left, top, bottom }: HintProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const first = proposal.items[0]!;
  const team = first.teamId !== null ? idx.team.get(first.teamId) : undefined;
  const many = proposal.items.length > 1;
  const what = many
    ? t(proposal.action === 'assign' ? 'plannerEdit.drop.manyRequests' : 'plannerEdit.drop.manyBars', { count: proposal.items.length })
    : idx.request.get(first.requestId)?.smeName ?? '';
  const where = team ? `${teamLabel(team, true)} · ${weekRange(first.startWeek, first.endWeek)}` : '';
  const reasons = proposalViolations(proposal).slice(0, 4);
  const offGrid = proposal.items.some((i) => i.offGrid);
  const verdict = proposal.refused ? t('plannerEdit.drop.refused') : proposal.warned ? t('plannerEdit.drop.warned') : t('plannerEdit.drop.fits');
  // Above the ghost when there is room, else below it.
  const style = top > 120 ? { left, bottom: `calc(100% - ${top - 8}px)` } : { left, top: bottom + 8 };
  const ref = useRef<HTMLDivElement>(null);
  // Keep the note inside the visible part of the grid, right of the sticky team names.
  useLayoutEffect(() => {
    const el = ref.current;
    const scroller = el?.closest('.pl-scroller');
    if (!el || !scroller) return;
    el.style.transform = '';
    const box = el.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    const maxRight = view.left + scroller.clientWidth - 8;
    const minLeft = view.left + LABEL_WIDTH + 8;
    const dx = box.right > maxRight ? maxRight - box.right : box.left < minLeft ? minLeft - box.left : 0;
    if (dx !== 0) el.style.transform = `translateX(${Math.round(dx)}px)`;
  });
  return (
    <div ref={ref} className={`pl-drop-hint is-${tone}`} style={style} data-testid="drop-hint" aria-hidden="true">
      <div className="pl-drop-hint-head">
        <span className="pl-drop-hint-verdict">{verdict}</span>
        <span className="pl-drop-hint-what">{what}</span>
      </div>
      {where && <div className="pl-drop-hint-where">{where}</div>}
      {(reasons.length > 0 || offGrid) && (
        <ul className="pl-drop-hint-reasons">
          {offGrid && <li className="is-hard">{t('plannerEdit.drop.offGrid')}</li>}
          {reasons.map(({ item, violation }) => (
            <li key={`${item.requestId}:${violation.rule}`} className={violation.hard ? 'is-hard' : 'is-soft'}>
              {many ? `${idx.request.get(item.requestId)?.smeName}: ` : ''}{violationText(violation, lang, t)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
