import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../../api/client';
import { useFunders } from '../../../api/hooks';

/**
 * Which share of this person's cost each funder carries, in percent (up to 100 together). Empty everywhere
 * means: no split of their own, the running budgets' co-financing percentages apply.
 */
type Message = { kind: 'ok' | 'error'; text: string } | null;

export function SharesEditor({ staffId, shares, message, setMessage }: {
  staffId: number; shares: { funderId: number; bp: number }[];
  /** Kept by the parent: saving refetches the shares, which remounts this editor with the stored values. */
  message: Message; setMessage: (m: Message) => void;
}) {
  const { t } = useTranslation();
  const funders = useFunders();
  const [values, setValues] = useState<Record<number, string>>(() =>
    Object.fromEntries(shares.map((s) => [s.funderId, String(s.bp / 100).replace('.', ',')])));
  const bp = (text: string | undefined) => Math.round(Number((text ?? '').replace(',', '.') || '0') * 100);
  const total = Object.values(values).reduce((a, v) => a + bp(v), 0);
  const bad = total > 10000 || Object.values(values).some((v) => !Number.isFinite(bp(v)) || bp(v) < 0);
  const save = async () => {
    setMessage(null);
    try {
      await call('staff:setShares', { staffId, shares: Object.entries(values).map(([f, v]) => ({ funderId: Number(f), bp: bp(v) })).filter((s) => s.bp > 0) });
      setMessage({ kind: 'ok', text: t('hoursEdit.staff.sharesSaved') });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  };
  return (
    <fieldset className="rate-form">
      <legend>{t('hoursEdit.staff.shares')}</legend>
      {(funders.data ?? []).map((f) => (
        <div className="field" key={f.id}>
          <label htmlFor={`share-${f.id}`}>{f.name} (%)</label>
          <input id={`share-${f.id}`} className="input share-input" inputMode="decimal" value={values[f.id] ?? ''}
            onChange={(e) => setValues({ ...values, [f.id]: e.target.value })} />
        </div>
      ))}
      <p className={`field-help share-total${total > 10000 ? ' dash-over' : ''}`}>{t('hoursEdit.staff.sharesTotal', { pct: (total / 100).toLocaleString() })} {t('hoursEdit.staff.sharesHint')}</p>
      <div className="rate-buttons">
        <button type="button" className="btn btn-secondary" disabled={bad} onClick={() => void save()}>{t('hoursEdit.staff.sharesSave')}</button>
      </div>
      {message && <div className={`ts-banner ts-banner-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</div>}
    </fieldset>
  );
}
