import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEK_KINDS, type WeekKind } from '../../../../shared/domain/constants';
import { parseWeekKey } from '../../../../shared/domain/weeks';
import { weekKindInput } from '../../../../shared/schemas/masterInputs';
import type { TermRow, TermWeekRow } from '../../../../shared/schemas/rows';
import { call } from '../../api/client';
import { FormPanel, TextField, useZodForm } from '../../components/form';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/useLang';

const FOLLOW = 'follow';

interface Props {
  term: TermRow;
  week: TermWeekRow;
  onClose: () => void;
}

/**
 * Sets one week's kind by hand (a week the school fixed keeps its kind through later holiday imports), or hands
 * it back to the regional holidays.
 */
export function WeekKindDialog({ term, week, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const groupId = useId();
  const { values, set, errors, formError, busy, submit } = useZodForm(weekKindInput, {
    termId: term.id,
    week: week.week,
    kind: week.kind,
    note: week.note ?? '',
  });
  const { week: number, year } = parseWeekKey(week.week);
  const save = async () => {
    const ok = await submit((v) => call('terms:setWeekKind', v));
    if (ok) onClose();
  };
  const choices: { value: WeekKind | typeof FOLLOW; label: string; hint?: string }[] = [
    ...WEEK_KINDS.map((k) => ({ value: k, label: t(`enums.weekKind.${k}`) })),
    { value: FOLLOW, label: t('educationEdit.week.follow'), hint: t('educationEdit.week.followHint') },
  ];
  const picked = values.kind ?? FOLLOW;
  return (
    <FormPanel
      open
      title={t('educationEdit.week.title', { week: number, year })}
      subtitle={t('educationEdit.week.subtitle', { monday: formatDate(week.monday, lang), term: `${term.name} ${term.schoolYear} · ${term.schoolName}` })}
      busy={busy}
      formError={formError}
      errorCount={Object.keys(errors).length}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <p className="week-now">
        <span className={`swatch week-${week.kind}`} aria-hidden="true" />
        {t('educationEdit.week.current', { kind: t(`enums.weekKind.${week.kind}`) })}
      </p>
      <fieldset className="field radio-group" aria-describedby={errors.kind ? `${groupId}-error` : undefined}>
        <legend className="field-label">{t('educationEdit.week.kind')}</legend>
        {choices.map((c) => (
          // The hint is a description, not part of the name: "lesweek" should name one choice only.
          <label key={c.value} className={`radio-option${picked === c.value ? ' is-picked' : ''}`}>
            <input
              type="radio"
              name={groupId}
              value={c.value}
              checked={picked === c.value}
              aria-labelledby={`${groupId}-${c.value}`}
              aria-describedby={c.hint ? `${groupId}-${c.value}-hint` : undefined}
              onChange={() => set('kind', c.value === FOLLOW ? null : c.value)}
            />
            {c.value !== FOLLOW && <span className={`swatch week-${c.value}`} aria-hidden="true" />}
            <span>
              <span id={`${groupId}-${c.value}`}>{c.label}</span>
              {c.hint && <span id={`${groupId}-${c.value}-hint`} className="radio-hint">{c.hint}</span>}
            </span>
          </label>
        ))}
        {errors.kind && <p id={`${groupId}-error`} className="field-error" role="alert">{errors.kind}</p>}
      </fieldset>
      <TextField label={t('educationEdit.week.note')} hint={t('educationEdit.week.noteHint')} value={values.note}
        onChange={(v) => set('note', v)} error={errors.note} />
    </FormPanel>
  );
}
