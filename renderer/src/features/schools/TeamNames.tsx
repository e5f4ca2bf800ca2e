import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { teamRename } from '../../../../shared/schemas/masterInputs';
import type { CohortRow } from '../../../../shared/schemas/rows';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormPanel, TextField } from '../../components/form';

/** Names the team slots of one cohort; only names that changed are saved. */
export function TeamNames({ cohort, onClose }: { cohort: CohortRow; onClose: () => void }) {
  const { t } = useTranslation();
  const teams = useApiQuery('teams:list', { cohortId: cohort.id });
  // What the user typed, per team id; a team not in here shows its stored name.
  const [typed, setTyped] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    const changed = (teams.data ?? []).filter((tm) => tm.id in typed && (typed[tm.id]!.trim() || null) !== tm.name);
    setBusy(true);
    setError(null);
    try {
      for (const tm of changed) await call('teams:rename', teamRename.parse({ teamId: tm.id, name: typed[tm.id] }));
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormPanel
      open
      title={t('educationEdit.teams.title')}
      subtitle={t('educationEdit.teams.subtitle', { programme: cohort.programmeName, term: `${cohort.termName} ${cohort.schoolYear}` })}
      busy={busy}
      formError={error}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <p className="muted">{t('educationEdit.teams.hint')}</p>
      {teams.error && <ErrorAlert error={teams.error} />}
      {teams.isPending && <p className="muted">{t('common.loading')}</p>}
      {teams.data?.length === 0 && <p className="muted">{t('educationEdit.teams.none')}</p>}
      <div className="team-names">
        {teams.data?.map((tm) => (
          <TextField
            key={tm.id}
            label={t('educationEdit.teams.slot', { slot: tm.slot })}
            hint={tm.assignmentCount > 0 ? t('educationEdit.teams.work', { count: tm.assignmentCount }) : undefined}
            value={typed[tm.id] ?? tm.name ?? ''}
            onChange={(v) => setTyped((prev) => ({ ...prev, [tm.id]: v }))}
          />
        ))}
      </div>
    </FormPanel>
  );
}
