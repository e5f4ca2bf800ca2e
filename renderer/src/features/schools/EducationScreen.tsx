import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery, useCohorts, useProgrammes, useSchools, useTerms } from '../../api/hooks';
import { ScreenFrame } from '../../components/ScreenFrame';
import { Tabs, tabId, tabPanelId } from '../../components/Tabs';
import { useRoute } from '../../router';
import { CapacityTab } from './CapacityTab';
import { ProgrammesTab } from './ProgrammesTab';
import { SchoolsTab } from './SchoolsTab';
import { TermsTab } from './TermsTab';
import './education.css';

const TABS = ['schools', 'programmes', 'terms', 'capacity'] as const;
type Tab = (typeof TABS)[number];
const PREFIX = 'education';

export function EducationScreen({ sub }: { sub: string | null }) {
  const { t } = useTranslation();
  const [, navigate] = useRoute();
  const tab: Tab = (TABS as readonly string[]).includes(sub ?? '') ? (sub as Tab) : 'schools';
  const schools = useSchools();
  const programmes = useProgrammes();
  const terms = useTerms();
  const [cohortTerm, setCohortTerm] = useState<number | null>(null);
  const [actionsEl, setActionsEl] = useState<HTMLDivElement | null>(null);
  const cohorts = useCohorts(cohortTerm ?? undefined);
  const summary = useApiQuery('capacity:summary', undefined, { enabled: tab === 'capacity' });

  const pending =
    (tab === 'schools' && schools.isPending) ||
    (tab === 'programmes' && (programmes.isPending || schools.isPending)) ||
    (tab === 'terms' && (terms.isPending || schools.isPending)) ||
    (tab === 'capacity' && (cohorts.isPending || terms.isPending || summary.isPending));
  const errors = [schools.error, programmes.error, terms.error, tab === 'capacity' ? (cohorts.error ?? summary.error) : null];

  return (
    <ScreenFrame
      name="education"
      title={t('education.title')}
      subtitle={t('education.subtitle')}
      busy={pending}
      errors={errors}
      onRetry={() => { void schools.refetch(); void programmes.refetch(); void terms.refetch(); void cohorts.refetch(); void summary.refetch(); }}
      actions={<div className="edu-actions" ref={setActionsEl} />}
    >
      <Tabs
        label={t('education.tabsLabel')}
        idPrefix={PREFIX}
        tabs={TABS.map((key) => ({ key, label: t(`education.tabs.${key}`) }))}
        active={tab}
        onChange={(key) => navigate('education', key)}
      />
      <div role="tabpanel" id={tabPanelId(PREFIX, tab)} aria-labelledby={tabId(PREFIX, tab)} className="tab-panel" data-testid={`tab-${tab}`}>
        {tab === 'schools' && <SchoolsTab schools={schools.data} loading={schools.isPending} actionsEl={actionsEl} />}
        {tab === 'programmes' && <ProgrammesTab programmes={programmes.data} schools={schools.data ?? []} loading={programmes.isPending} actionsEl={actionsEl} />}
        {tab === 'terms' && <TermsTab terms={terms.data} schools={schools.data ?? []} loading={terms.isPending} actionsEl={actionsEl} />}
        {tab === 'capacity' && (
          <CapacityTab
            cohorts={cohorts.data}
            summary={summary.data}
            programmes={programmes.data ?? []}
            terms={terms.data ?? []}
            termId={cohortTerm}
            onTermChange={setCohortTerm}
            loading={cohorts.isPending || summary.isPending}
            actionsEl={actionsEl}
          />
        )}
      </div>
    </ScreenFrame>
  );
}
