import { useMemo, useRef } from 'react';
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../../shared/domain/constants';
import type { PlanIndex } from '../../../../../shared/domain/planning/placement';
import { useLang } from '../../../i18n/useLang';
import type { Axis } from '../model/axis';
import { proposalViolations, type DragSource } from '../model/proposal';
import type { RowModel } from '../model/rows';
import { teamLabel, violationText, weekRange } from '../model/words';
import type { DragState, DragStore } from './dragStore';

export interface AnnounceContext {
  store: DragStore;
  idx: PlanIndex;
  rows: RowModel;
  axis: Axis;
  /** Set by the drop handler just before the store is cleared: what the drop did, in words. */
  lastDrop: string | null;
}

/** "de aanvraag van Bakkerij Bol", "3 aanvragen", "de opdracht van …": what is being moved. */
export function whatIsDragged(source: DragSource | null, idx: PlanIndex, t: TFunction): string {
  if (!source) return '';
  const smeOfAssignment = (id: number) => {
    const a = idx.snapshot.assignments.find((x) => x.id === id);
    return (a && idx.request.get(a.requestId)?.smeName) ?? '';
  };
  if (source.kind === 'requests') {
    return source.requestIds.length > 1
      ? t('plannerEdit.announce.requests', { count: source.requestIds.length })
      : t('plannerEdit.announce.request', { sme: idx.request.get(source.requestIds[0]!)?.smeName ?? '' });
  }
  if (source.kind === 'resize') return t('plannerEdit.announce.end', { sme: smeOfAssignment(source.assignmentId) });
  return source.assignmentIds.length > 1
    ? t('plannerEdit.announce.bars', { count: source.assignmentIds.length })
    : t('plannerEdit.announce.bar', { sme: smeOfAssignment(source.anchorId) });
}

/** Where the drag is and whether a drop there would be accepted, in one sentence. */
export function describeTarget(s: DragState, ctx: Pick<AnnounceContext, 'idx' | 'rows' | 'axis'>, t: TFunction, lang: Language): string {
  const target = s.target;
  if (!target) return t('plannerEdit.announce.nowhere');
  if (target.kind === 'list') {
    return s.proposal?.action === 'unplan'
      ? s.proposal.refused ? t('plannerEdit.drop.notUnplannable') : t('plannerEdit.announce.overList')
      : t('plannerEdit.announce.nowhere');
  }
  const teamId = ctx.rows.teamOrder[target.order];
  const team = teamId !== undefined ? ctx.idx.team.get(teamId) : undefined;
  const p = s.proposal;
  const first = p?.items[0];
  const weeks = first ? weekRange(first.startWeek, first.endWeek) : weekRange(ctx.axis.weeks[target.col] ?? '', ctx.axis.weeks[target.col] ?? '');
  const where = t('plannerEdit.announce.where', { team: team ? teamLabel(team, true) : '', weeks });
  if (!p || p.action === 'none') return t('plannerEdit.announce.same', { where });
  const reasons = proposalViolations(p);
  const reason = reasons[0] ? violationText(reasons[0].violation, lang, t) : t('plannerEdit.drop.offGrid');
  if (p.refused) return t('plannerEdit.announce.refused', { where, reason });
  if (p.warned) return t('plannerEdit.announce.warned', { where, reason });
  return t('plannerEdit.announce.fits', { where });
}

/** What a screen reader hears during a drag, in the UI language, from the same checks the preview shows. */
export function usePlannerAnnouncements(ctx: () => AnnounceContext): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const { t } = useTranslation();
  const lang = useLang();
  // The last sentence said during this drag: moving within the same cell says nothing new.
  const lastSaid = useRef('');
  return useMemo(() => {
    const now = () => {
      const c = ctx();
      return { c, s: c.store.get() };
    };
    return {
      screenReaderInstructions: { draggable: t('plannerEdit.announce.instructions') },
      announcements: {
        onDragStart: () => {
          const { c, s } = now();
          lastSaid.current = s.via === 'keyboard' ? describeTarget(s, c, t, lang) : '';
          const picked = t('plannerEdit.announce.start', { what: whatIsDragged(s.source, c.idx, t) });
          return lastSaid.current ? `${picked} ${lastSaid.current}` : picked;
        },
        onDragMove: () => {
          const { c, s } = now();
          const text = describeTarget(s, c, t, lang);
          if (text === lastSaid.current) return undefined;
          lastSaid.current = text;
          return text;
        },
        onDragOver: () => undefined,
        onDragEnd: () => ctx().lastDrop ?? t('plannerEdit.announce.cancel'),
        onDragCancel: () => t('plannerEdit.announce.cancel'),
      },
    };
  }, [ctx, t, lang]);
}
