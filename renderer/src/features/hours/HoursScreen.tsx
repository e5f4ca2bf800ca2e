import { useTranslation } from 'react-i18next';
import { useStaff } from '../../api/hooks';
import { ScreenFrame } from '../../components/ScreenFrame';
import { Tabs, tabId, tabPanelId } from '../../components/Tabs';
import { useRoute } from '../../router';
import { DashboardTab } from './dashboard/DashboardTab';
import { FundersTab } from './funders/FundersTab';
import { ImportTab } from './import/ImportTab';
import { StaffTab } from './staff/StaffTab';
import { TimesheetTab } from './timesheet/TimesheetTab';
import './hours.css';

const TABS = ['timesheet', 'dashboard', 'import', 'staff', 'funders'] as const;
type Tab = (typeof TABS)[number];
const PREFIX = 'hours';

/** Staff hours and costs: the week timesheet, the dashboards, imports, rates and funders, one tab each. */
export function HoursScreen() {
  const { t } = useTranslation();
  const [route, navigate] = useRoute();
  const staff = useStaff();
  const tab: Tab = (TABS as readonly string[]).includes(route.sub ?? '') ? (route.sub as Tab) : 'timesheet';
  return (
    <ScreenFrame name="hours" title={t('hours.title')} subtitle={t('hours.subtitle')} busy={staff.isPending} errors={[staff.error]} onRetry={() => void staff.refetch()}>
      <Tabs
        label={t('hoursEdit.tabsLabel')}
        idPrefix={PREFIX}
        tabs={TABS.map((key) => ({ key, label: t(`hoursEdit.tabs.${key}`) }))}
        active={tab}
        onChange={(key) => navigate('hours', key)}
      />
      <div role="tabpanel" id={tabPanelId(PREFIX, tab)} aria-labelledby={tabId(PREFIX, tab)} className="tab-panel" data-testid={`tab-${tab}`}>
        {tab === 'timesheet' && <TimesheetTab />}
        {tab === 'dashboard' && <DashboardTab />}
        {tab === 'import' && <ImportTab />}
        {tab === 'staff' && <StaffTab />}
        {tab === 'funders' && <FundersTab />}
      </div>
    </ScreenFrame>
  );
}
