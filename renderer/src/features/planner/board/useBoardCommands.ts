import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPlacement } from '../../../../../shared/domain/planning/placement';
import { addWeeksToKey } from '../../../../../shared/domain/weeks';
import { call } from '../../../api/client';
import { useLang } from '../../../i18n/useLang';
import { whatIsDragged } from '../dnd/announcements';
import type { DragState } from '../dnd/dragStore';
import type { ProposalContext } from '../model/proposal';
import { proposalViolations } from '../model/proposal';
import { teamLabel, violationText, weekRange } from '../model/words';
import type { useCommands } from '../useCommands';
import { TARGET_STATUS, type LifeAction } from '../lifecycle/lifeActions';

type Commands = ReturnType<typeof useCommands>;

interface Options {
  commands: Commands;
  context: () => ProposalContext;
  /** Gives the keyboard focus to a bar once it is on screen. */
  focus: (assignmentId: number) => void;
  openForm: (kind: 'evaluate' | 'cancel', assignmentId: number) => void;
}

/** The planner's commands in words: what a drop, a key or a menu item does, and what the toast then says. */
export function useBoardCommands({ commands, context, focus, openForm }: Options) {
  const { t } = useTranslation();
  const lang = useLang();
  const { run, setAlert } = commands;

  const smeOf = useCallback((requestId: number) => context().idx.request.get(requestId)?.smeName ?? '', [context]);
  const teamOf = useCallback((teamId: number | null) => {
    const team = teamId !== null ? context().idx.team.get(teamId) : undefined;
    return team ? teamLabel(team, true) : '';
  }, [context]);

  const unplan = useCallback((ids: number[]) => {
    const ctx = context();
    const running = ids.filter((id) => ctx.assignment.get(id)?.status !== 'planned');
    if (running.length > 0) {
      setAlert(t('plannerEdit.drop.notUnplannable'));
      return;
    }
    const first = ctx.assignment.get(ids[0]!);
    void run(() => call('planner:unplan', { assignmentIds: ids }), {
      pending: { kind: 'unplan', ids },
      success: () => (ids.length > 1 ? t('plannerEdit.done.unplannedMany', { count: ids.length })
        : t('plannerEdit.done.unplanned', { sme: first ? smeOf(first.requestId) : '' })),
    });
  }, [context, run, setAlert, smeOf, t]);

  /** Carries out a finished drag; returns the sentence a screen reader hears. */
  const commit = useCallback((s: DragState): string | null => {
    const p = s.proposal;
    const ctx = context();
    if (!s.source || !p || p.action === 'none') return null;
    const what = whatIsDragged(s.source, ctx.idx, t);
    if (p.refused) {
      const first = proposalViolations(p).find((x) => x.violation.hard);
      const reason = p.action === 'unplan' ? t('plannerEdit.drop.notUnplannable')
        : first ? violationText(first.violation, lang, t) : t('plannerEdit.drop.offGrid');
      setAlert(t('plannerEdit.done.refused', { reason }));
      return t('plannerEdit.announce.dropRefused', { what, reason });
    }
    const keyboard = s.via === 'keyboard';
    const first = p.items[0];
    const where = first ? `${teamOf(first.teamId)}, ${weekRange(first.startWeek, first.endWeek)}` : '';
    const warning = (res: { warnings: { rule: string }[] }) => {
      const w = p.items.flatMap((i) => i.violations).find((v) => !v.hard);
      return res.warnings.length > 0 && w ? ` ${t('plannerEdit.done.warning', { text: violationText(w, lang, t) })}` : '';
    };
    if (p.action === 'unplan' && s.source.kind === 'bars') {
      unplan(s.source.assignmentIds);
      return t('plannerEdit.announce.dropList', { what });
    }
    if (p.action === 'assign') {
      const items = p.items.map((i) => ({ requestId: i.requestId, teamId: i.teamId!, startWeek: i.startWeek, endWeek: i.endWeek }));
      void run(() => call('planner:assign', { items: items.map(({ requestId, teamId, startWeek }) => ({ requestId, teamId, startWeek })) }), {
        pending: { kind: 'assign', items },
        success: (res) => (items.length > 1 ? t('plannerEdit.done.assignedMany', { count: items.length })
          : t('plannerEdit.done.assigned', { sme: smeOf(items[0]!.requestId), where })) + warning(res),
        after: (res) => keyboard && res.ids[0] !== undefined && focus(res.ids[0]),
      });
    } else {
      const items = p.items.map((i) => ({ assignmentId: i.assignmentId!, teamId: i.teamId!, startWeek: i.startWeek, endWeek: i.endWeek }));
      const resize = p.action === 'resize';
      void run(() => call('planner:move', {
        moves: items.map((i) => (resize ? i : { assignmentId: i.assignmentId, teamId: i.teamId, startWeek: i.startWeek })),
      }), {
        pending: { kind: 'move', items },
        success: (res) => (resize ? t('plannerEdit.done.resized', { sme: smeOf(p.items[0]!.requestId), where })
          : items.length > 1 ? t('plannerEdit.done.movedMany', { count: items.length })
            : t('plannerEdit.done.moved', { sme: smeOf(p.items[0]!.requestId), where })) + warning(res),
        after: () => keyboard && focus(items[0]!.assignmentId),
      });
    }
    return t('plannerEdit.announce.drop', { what, where });
  }, [context, t, lang, setAlert, teamOf, unplan, run, smeOf, focus]);

  /** Shift+arrow on a bar: one week longer or shorter, checked first like a drag. */
  const resizeBy = useCallback((id: number, weeks: number) => {
    const ctx = context();
    const a = ctx.assignment.get(id);
    if (!a) return;
    const endWeek = addWeeksToKey(a.endWeek, weeks);
    if (endWeek < a.startWeek) return;
    const v = checkPlacement(ctx.idx, { requestId: a.requestId, teamId: a.teamId, startWeek: a.startWeek, endWeek }, new Set([id]));
    const hard = v.find((x) => x.hard);
    if (hard) {
      setAlert(t('plannerEdit.done.refused', { reason: violationText(hard, lang, t) }));
      return;
    }
    const item = { assignmentId: id, teamId: a.teamId, startWeek: a.startWeek, endWeek };
    void run(() => call('planner:move', { moves: [item] }), {
      pending: { kind: 'move', items: [item] },
      success: () => t('plannerEdit.done.resized', { sme: smeOf(a.requestId), where: `${teamOf(a.teamId)}, ${weekRange(a.startWeek, endWeek)}` }),
      after: () => focus(id),
    });
  }, [context, lang, run, setAlert, smeOf, t, teamOf, focus]);

  /** A step in the life cycle from the bar's menu or details. */
  const lifecycle = useCallback((action: LifeAction, id: number) => {
    const a = context().assignment.get(id);
    if (!a) return;
    if (action === 'evaluate' || action === 'cancel') return openForm(action, id);
    if (action === 'unplan') return unplan([id]);
    const status = TARGET_STATUS[action];
    if (!status) return;
    void run(() => call('assignments:setStatus', { assignmentId: id, status }), {
      success: () => t('plannerEdit.done.status', { sme: smeOf(a.requestId), status: t(`enums.assignmentStatus.${status}`) }),
      after: () => focus(id),
    });
  }, [context, openForm, unplan, run, t, smeOf, focus]);

  const dropOut = useCallback((teamId: number, droppedOut: boolean) => {
    const team = teamOf(teamId);
    void run(() => call('teams:dropOut', { teamId, droppedOut }), {
      success: (res) => (droppedOut ? t('plannerEdit.team.done', { team, count: res.flagged }) : t('plannerEdit.team.back', { team })),
    });
  }, [run, t, teamOf]);

  return { commit, unplan, resizeBy, lifecycle, dropOut };
}
