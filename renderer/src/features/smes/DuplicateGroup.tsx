import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateGroup as Group } from '../../../../shared/schemas/masterRows';
import type { SmeRow } from '../../../../shared/schemas/rows';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';

interface Props {
  group: Group;
  index: number;
  busy: boolean;
  onMerge: (keep: SmeRow, merged: SmeRow[]) => void;
}

type Fact = { key: string; label: string; value: (s: SmeRow) => string };

/** Suggested record to keep: the one with the most requests, then the oldest (lowest id). */
export function suggestedKeep(smes: readonly SmeRow[]): SmeRow {
  return [...smes].sort((a, b) => b.requestCount - a.requestCount || a.id - b.id)[0]!;
}

/** "A, B en C": the records that will be merged, named so identical names can still be told apart. */
export function listNames(smes: readonly SmeRow[], and: string): string {
  const names = smes.map((s) => `${s.name} (KvK ${s.kvk})`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}` : (names[0] ?? '');
}

/** One group of likely duplicates side by side: pick the record to keep, see what differs, merge after a confirm. */
export function DuplicateGroup({ group, index, busy, onMerge }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  const radioName = useId();
  const [keepId, setKeepId] = useState(() => suggestedKeep(group.smes).id);
  const [confirming, setConfirming] = useState(false);
  const keep = group.smes.find((s) => s.id === keepId) ?? group.smes[0]!;
  const merged = group.smes.filter((s) => s.id !== keep.id);
  const total = group.smes.reduce((n, s) => n + s.requestCount, 0);
  const reason = group.reason === 'kvk' ? t('smesEdit.duplicates.reasonKvk') : t('smesEdit.duplicates.reasonNamePostcode');
  const none = t('common.none');

  const facts: Fact[] = [
    { key: 'name', label: t('smes.col.name'), value: (s) => s.name },
    { key: 'kvk', label: t('smes.col.kvk'), value: (s) => s.kvk },
    { key: 'postcode', label: t('smes.col.postcode'), value: (s) => [s.postcode, s.municipality].filter(Boolean).join(' ') || none },
    { key: 'contact', label: t('smes.col.contact'), value: (s) => [s.contactName, s.contactEmail].filter(Boolean).join(' · ') || none },
    { key: 'fte', label: t('smes.col.fte'), value: (s) => `${formatNumber(s.fte, lang, 1)} · ${t(`enums.sizeClass.${s.sizeClass}`)}` },
    { key: 'sbi', label: t('smes.col.sbi'), value: (s) => (s.sbiCode ? `${s.sbiCode} (${(s.sbiVersion ?? '?').replace('SBI', 'SBI ')})` : none) },
    { key: 'intermediary', label: t('smes.col.intermediary'), value: (s) => s.intermediaryName ?? none },
  ];
  const differs = (f: Fact) => new Set(group.smes.map(f.value)).size > 1;

  const and = t('smesEdit.duplicates.and');
  const confirmText = [
    total > 0
      ? t('smesEdit.duplicates.confirmRequests', { count: total, keep: keep.name, kvk: keep.kvk })
      : t('smesEdit.duplicates.confirmNoRequests', { keep: keep.name, kvk: keep.kvk }),
    t('smesEdit.duplicates.confirmMerged', { count: merged.length, others: listNames(merged, and) }),
    t('smesEdit.duplicates.confirmRest', { keep: keep.name }),
  ].join(' ');

  return (
    <section className="card dup-group" aria-labelledby={headingId} data-testid="duplicate-group">
      <header className="dup-group-header">
        <h2 id={headingId}>{t('smesEdit.duplicates.groupLabel', { n: index + 1, reason })}</h2>
        <span className="muted">{t('smesEdit.duplicates.requests', { count: total })}</span>
      </header>
      <fieldset className="dup-choices">
        <legend className="sr-only">{t('smesEdit.duplicates.keepLegend')}</legend>
        <div className="dup-grid">
          {group.smes.map((s) => {
            const kept = s.id === keep.id;
            return (
              <div key={s.id} className={`dup-record${kept ? ' is-kept' : ''}`} data-testid="duplicate-record" onClick={() => setKeepId(s.id)}>
                <div className="dup-record-top">
                  <label className="checkbox">
                    <input type="radio" name={radioName} checked={kept} onChange={() => setKeepId(s.id)} />
                    <span>{t('smesEdit.duplicates.keep')}<span className="sr-only">: {s.name}, KvK {s.kvk}</span></span>
                  </label>
                  <span className={`chip ${kept ? 'chip-success' : 'chip-warning'}`}>
                    {kept ? t('smesEdit.duplicates.kept') : t('smesEdit.duplicates.merged')}
                  </span>
                </div>
                <dl className="dup-facts">
                  {facts.map((f) => (
                    <div key={f.key} className={differs(f) ? 'differs' : undefined}>
                      <dt>{f.label}</dt>
                      <dd className={f.key === 'kvk' ? 'mono' : undefined}>
                        {f.value(s)}
                        {differs(f) && <span className="sr-only"> {t('smesEdit.duplicates.differs')}</span>}
                      </dd>
                    </div>
                  ))}
                  <div>
                    <dt>{t('smes.col.requests')}</dt>
                    <dd><strong>{t('smesEdit.duplicates.requests', { count: s.requestCount })}</strong></dd>
                  </div>
                </dl>
                {s.archived && <span className="chip chip-muted">{t('smesEdit.archivedChip')}</span>}
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="dup-group-footer">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => setConfirming(true)}>
          {t('smesEdit.duplicates.merge')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('smesEdit.duplicates.confirmTitle')}
        text={confirmText}
        confirmLabel={t('smesEdit.duplicates.confirm')}
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onMerge(keep, merged);
        }}
      />
    </section>
  );
}
