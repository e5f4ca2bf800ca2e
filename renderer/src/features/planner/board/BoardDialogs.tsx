import { useTranslation } from 'react-i18next';
import type { PlanIndex } from '../../../../../shared/domain/planning/placement';
import type { Violation } from '../../../../../shared/domain/planning/violations';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { actionKey, AssignmentPanel } from '../lifecycle/AssignmentPanel';
import { lifeActionsFor, type LifeAction } from '../lifecycle/lifeActions';
import { CancelForm, EvaluateForm } from '../lifecycle/LifecycleForms';
import { PopupMenu, type MenuItem } from '../lifecycle/PopupMenu';
import { teamLabel, weekRange } from '../model/words';
import type { Anchor } from '../plannerContext';

export type Dialog =
  | { kind: 'details' | 'evaluate' | 'cancel' | 'dropOut'; id: number }
  | { kind: 'barMenu' | 'teamMenu'; id: number; at: Anchor };

interface Props {
  dialog: Dialog | null;
  idx: PlanIndex;
  warnings: Readonly<Record<string, readonly Violation[]>>;
  locked: boolean;
  onClose: () => void;
  onOpen: (kind: 'details' | 'evaluate' | 'cancel' | 'dropOut', id: number) => void;
  onLifecycle: (action: LifeAction, assignmentId: number) => void;
  onDropOut: (teamId: number, droppedOut: boolean) => void;
  onSaved: (text: string) => void;
}

/** The menus, panels and forms the grid opens: one at a time. */
export function BoardDialogs({ dialog, idx, warnings, locked, onClose, onOpen, onLifecycle, onDropOut, onSaved }: Props) {
  const { t } = useTranslation();
  if (!dialog) return null;

  if (dialog.kind === 'teamMenu' || dialog.kind === 'dropOut') {
    const team = idx.team.get(dialog.id);
    if (!team) return null;
    const name = teamLabel(team, true);
    if (dialog.kind === 'teamMenu') {
      const items: MenuItem[] = team.droppedOut
        ? [{ key: 'back', label: t('plannerEdit.team.undoDropOut'), run: () => onDropOut(team.id, false) }]
        : [{ key: 'drop', label: t('plannerEdit.team.dropOut'), tone: 'danger', run: () => onOpen('dropOut', team.id) }];
      return <PopupMenu label={t('plannerEdit.team.menu', { team: name })} at={dialog.at} items={items} onClose={onClose} />;
    }
    const work = (idx.byTeam.get(team.id) ?? []).filter((a) => a.status === 'planned' || a.status === 'running').length;
    return (
      <ConfirmDialog
        open
        title={t('plannerEdit.team.confirmTitle', { team: name })}
        text={t('plannerEdit.team.confirmText', { count: work })}
        confirmLabel={t('plannerEdit.team.dropOut')}
        busy={locked}
        onCancel={onClose}
        onConfirm={() => {
          onClose();
          onDropOut(team.id, true);
        }}
      />
    );
  }

  const a = idx.snapshot.assignments.find((x) => x.id === dialog.id);
  if (!a) return null;
  const request = idx.request.get(a.requestId);
  const team = idx.team.get(a.teamId);
  const sme = request?.smeName ?? '';
  const detail = `${request?.offeringName ?? ''} · ${team ? teamLabel(team, true) : ''} · ${weekRange(a.startWeek, a.endWeek)}`;

  if (dialog.kind === 'barMenu') {
    const items: MenuItem[] = [
      { key: 'details', label: t('plannerEdit.actions.details'), run: () => onOpen('details', a.id) },
      ...lifeActionsFor(a.status).map((action): MenuItem => ({
        key: action,
        label: t(`plannerEdit.actions.${actionKey(action, a)}`),
        tone: action === 'cancel' ? 'danger' : undefined,
        run: () => onLifecycle(action, a.id),
      })),
    ];
    return <PopupMenu label={t('plannerEdit.actions.menu', { sme })} at={dialog.at} items={items} onClose={onClose} />;
  }
  if (dialog.kind === 'details') {
    return (
      <AssignmentPanel a={a} idx={idx} warnings={warnings[String(a.id)] ?? []} locked={locked} onClose={onClose}
        onAction={(action) => {
          onClose();
          onLifecycle(action, a.id);
        }} />
    );
  }
  if (dialog.kind === 'evaluate') {
    return <EvaluateForm assignmentId={a.id} sme={sme} detail={detail} onClose={onClose} onSaved={onSaved} />;
  }
  return <CancelForm assignmentId={a.id} sme={sme} detail={detail} onClose={onClose} onSaved={onSaved} />;
}
