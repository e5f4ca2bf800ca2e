import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../api/client';
import { useApiMutation } from '../../../api/hooks';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { formatMonth } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { LockIcon } from './LockIcon';

/** Close or reopen the month(s) the shown week falls in, after a confirmation that says what it means. */
export function MonthLocks({ months, locked }: { months: string[]; locked: string[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const lock = useApiMutation('months:lock');
  const unlock = useApiMutation('months:unlock');
  const [ask, setAsk] = useState<{ month: string; close: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const name = ask ? formatMonth(ask.month, lang) : '';
  const confirm = () => {
    if (!ask) return;
    const m = ask.close ? lock : unlock;
    m.mutate({ month: ask.month }, { onSuccess: () => setAsk(null), onError: (e) => { setError(errorMessage(e)); setAsk(null); } });
  };
  return (
    <div className="ts-locks">
      {months.map((month) => {
        const isLocked = locked.includes(month);
        const label = t(isLocked ? 'hoursEdit.sheet.unlockMonth' : 'hoursEdit.sheet.lockMonth', { month: formatMonth(month, lang) });
        return (
          <button key={month} type="button" className="btn btn-secondary btn-sm" onClick={() => { setError(null); setAsk({ month, close: !isLocked }); }}>
            <LockIcon open={!isLocked} />{label}
          </button>
        );
      })}
      {error && <span className="ts-lock-error" role="alert">{error}</span>}
      <ConfirmDialog
        open={ask !== null}
        title={t(ask?.close ? 'hoursEdit.sheet.lockConfirmTitle' : 'hoursEdit.sheet.unlockConfirmTitle', { month: name })}
        text={t(ask?.close ? 'hoursEdit.sheet.lockConfirmBody' : 'hoursEdit.sheet.unlockConfirmBody', { month: name })}
        confirmLabel={t(ask?.close ? 'hoursEdit.sheet.lockMonth' : 'hoursEdit.sheet.unlockMonth', { month: name })}
        busy={lock.isPending || unlock.isPending}
        onConfirm={confirm}
        onCancel={() => setAsk(null)}
      />
    </div>
  );
}
