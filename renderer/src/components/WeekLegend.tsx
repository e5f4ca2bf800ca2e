import { useTranslation } from 'react-i18next';

/** What the shading of a week means: used under the term week strip and the planner grid. */
export function WeekLegend() {
  const { t } = useTranslation();
  return (
    <ul className="legend" aria-label={t('education.terms.legend')}>
      {(['teaching', 'exam', 'holiday', 'free'] as const).map((k) => (
        <li key={k}><span className={`swatch week-${k}`} aria-hidden="true" />{t(`enums.weekKind.${k}`)}</li>
      ))}
    </ul>
  );
}
