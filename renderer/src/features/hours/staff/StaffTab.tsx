import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffRow } from '../../../../../shared/schemas/rows';
import { useStaff } from '../../../api/hooks';
import { Card } from '../../../components/Card';
import { formatHours, formatMoney } from '../../../i18n/format';
import { useLang } from '../../../i18n/useLang';
import { RatePanel } from './RatePanel';
import { StaffForm } from './StaffForm';

/** The team: who works how many hours at what rate; pick someone to see and change their dated rates. */
export function StaffTab() {
  const { t } = useTranslation();
  const lang = useLang();
  const staff = useStaff();
  const [selected, setSelected] = useState<number | null>(null);
  const [editing, setEditing] = useState<StaffRow | 'new' | null>(null);
  const people = staff.data ?? [];
  const current = selected ?? people[0]?.id ?? null;
  return (
    <div className="grid-2">
      <Card title={t('hours.staff')} actions={<button type="button" className="btn btn-primary btn-sm" onClick={() => setEditing('new')}>{t('hoursEdit.staff.add')}</button>}>
        <div className="dash-table-wrap" tabIndex={0} role="region" aria-label={t('hours.staff')}>
          <table className="dash-table staff-list" aria-label={t('hours.staff')}>
            <thead><tr>
              <th scope="col">{t('hours.col.name')}</th><th scope="col">{t('hours.col.role')}</th>
              <th scope="col" className="num">{t('hours.col.contract')}</th><th scope="col" className="num">{t('hours.col.rate')}</th><th scope="col"><span className="sr-only">{t('hoursEdit.staff.edit')}</span></th>
            </tr></thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id} aria-selected={p.id === current} className={p.id === current ? 'is-selected' : undefined}>
                  <th scope="row"><button type="button" className="btn-link" onClick={() => setSelected(p.id)} aria-pressed={p.id === current}>{p.name}</button></th>
                  <td className="wrap">{p.role}</td>
                  <td className="num">{formatHours(p.contractMinutesPerWeek, lang)}</td>
                  <td className="num">{formatMoney(p.currentRateCents, lang, true)}</td>
                  <td><button type="button" className="btn btn-ghost btn-sm" onClick={() => setEditing(p)} aria-label={`${t('hoursEdit.staff.edit')}: ${p.name}`}>{t('hoursEdit.staff.edit')}</button></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      {current ? <RatePanel key={current} staffId={current} /> : <p className="empty-state">{t('hoursEdit.staff.pick')}</p>}
      {editing && <StaffForm person={editing === 'new' ? null : editing} onClose={(id) => { setEditing(null); if (id) setSelected(id); }} />}
    </div>
  );
}
