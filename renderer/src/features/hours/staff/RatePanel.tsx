import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, errorMessage } from '../../../api/client';
import { useApiQuery } from '../../../api/hooks';
import { Card } from '../../../components/Card';
import { formatDate, formatHours, formatMoney } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { SimpleTable } from '../dashboard/SimpleTable';
import { SharesEditor } from './SharesEditor';

type Preview = Awaited<ReturnType<typeof call<'staff:ratePreview'>>>;

/**
 * A person's dated rates and a rate change: from a date (optionally up to a date, for a retroactive correction
 * of a past period). "Preview effect" shows the cost difference before anything is saved.
 */
export function RatePanel({ staffId }: { staffId: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const detail = useApiQuery('staff:detail', { id: staffId });
  const [from, setFrom] = useState(`${new Date().getFullYear() + 1}-01-01`);
  const [to, setTo] = useState('');
  const [euros, setEuros] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [shareMessage, setShareMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const cents = Math.round(Number(euros.replace(',', '.')) * 100);
  const input = { staffId, from, to: to || null, hourlyRateCents: cents };
  const ready = euros.trim() !== '' && Number.isFinite(cents) && cents >= 0 && /^\d{4}-\d{2}-\d{2}$/.test(from);

  const run = async (apply: boolean) => {
    setMessage(null);
    try {
      const r = await call(apply ? 'staff:setRate' : 'staff:ratePreview', input);
      setPreview(apply ? null : r);
      if (apply) setMessage({ kind: 'ok', text: t('hoursEdit.staff.applied', { diff: formatMoney(r.diffCents, lang, true) }) });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  };
  const d = detail.data;
  if (!d) return null;
  return (
    <Card title={t('hoursEdit.staff.rateHistory', { name: d.name })} testId="rates">
      <SimpleTable
        label={t('hoursEdit.staff.rates')}
        columns={[{ label: t('hoursEdit.staff.from') }, { label: t('hoursEdit.staff.rate'), align: 'end' }]}
        rows={d.rates.map((r) => ({ key: r.effectiveFrom, cells: [formatDate(r.effectiveFrom, lang), formatMoney(r.hourlyRateCents, lang, true)] }))}
      />
      <fieldset className="rate-form">
        <legend>{t('hoursEdit.staff.newRate')}</legend>
        <div className="field"><label htmlFor="rate-from">{t('hoursEdit.staff.from')}</label>
          <input id="rate-from" type="date" className="input" value={from} onChange={(e) => { setFrom(e.target.value); setPreview(null); }} /></div>
        <div className="field"><label htmlFor="rate-to">{t('hoursEdit.staff.to')}</label>
          <input id="rate-to" type="date" className="input" value={to} onChange={(e) => { setTo(e.target.value); setPreview(null); }} /></div>
        <div className="field"><label htmlFor="rate-amount">{t('hoursEdit.staff.amount')}</label>
          <input id="rate-amount" className="input" inputMode="decimal" value={euros} onChange={(e) => { setEuros(e.target.value); setPreview(null); }} /></div>
        <div className="rate-buttons">
          <button type="button" className="btn btn-secondary" disabled={!ready} onClick={() => void run(false)}>{t('hoursEdit.staff.preview')}</button>
          <button type="button" className="btn btn-primary" disabled={!ready || !preview} onClick={() => void run(true)}>{t('hoursEdit.staff.apply')}</button>
        </div>
      </fieldset>
      {preview && (
        <div className="ts-banner ts-banner-info" role="status" data-testid="rate-preview">
          {preview.entries === 0 ? t('hoursEdit.staff.previewNone') : t('hoursEdit.staff.previewText', {
            entries: preview.entries, hours: formatHours(preview.minutes, lang), before: formatMoney(preview.beforeCents, lang, true),
            after: formatMoney(preview.afterCents, lang, true), diff: formatMoney(preview.diffCents, lang, true),
          })}
        </div>
      )}
      {message && <div className={`ts-banner ts-banner-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>{message.text}</div>}
      <SharesEditor key={JSON.stringify(d.shares)} staffId={staffId} shares={d.shares} message={shareMessage} setMessage={setShareMessage} />
    </Card>
  );
}
