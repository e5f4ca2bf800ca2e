import type { AssignmentStatus, Language, Level, Theme, WeekKind } from '../../../../shared/domain/constants';

// The words in a school plan file, in the workspace's language. They live in the core because the core writes the
// files (the CLI and the app produce the same bytes); the labels match the app's own (renderer/src/i18n).

const nl = {
  title: 'Planning studententeams',
  school: 'School',
  term: 'Onderwijsperiode',
  schoolYear: 'Schooljaar',
  period: 'Periode',
  generated: 'Gemaakt op',
  contact: 'Contactpersoon school',
  summary: 'Overzicht',
  programme: 'Opleiding',
  level: 'Niveau',
  coach: 'Begeleider',
  teams: 'Teams',
  teamsBusy: 'Teams met opdracht',
  assignments: 'Opdrachten',
  team: 'Team',
  sme: 'Bedrijf',
  municipality: 'Plaats',
  offering: 'Menukaart-item',
  theme: 'Thema',
  question: 'Hulpvraag',
  startWeek: 'Startweek',
  endWeek: 'Eindweek',
  startDate: 'Startdatum',
  endDate: 'Einddatum',
  weeks: 'Weken',
  status: 'Status',
  contactName: 'Contactpersoon bedrijf',
  contactEmail: 'E-mail',
  contactPhone: 'Telefoon',
  total: 'Totaal',
  week: 'Week',
  weekShort: 'wk',
  noAssignments: 'Geen opdrachten in deze periode.',
  noTeams: 'Deze school heeft in deze periode geen studententeams.',
  droppedOut: 'gestopt',
  continued: 'vervolg',
  page: (n: number, total: number) => `Pagina ${n} van ${total}`,
  legend: 'Legenda',
  perTeam: 'Opdrachten per team',
  grid: 'Weekplanning',
  contactsIncluded: 'Met contactgegevens van de bedrijven (vertrouwelijk).',
  studentsPerTeam: (n: number) => `${n} student${n === 1 ? '' : 'en'} per team`,
  hoursPerWeek: (minutes: number) => `${(minutes / 60).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} uur per student per week`,
  fileStem: 'planning',
  months: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as readonly string[],
  calendarName: (school: string, term: string) => `${school} – ${term}`,
  eventDescription: 'Opdracht uit de Werkplaats Planner',
};

type Texts = { [K in keyof typeof nl]: (typeof nl)[K] extends (...args: never[]) => string ? (typeof nl)[K]
  : (typeof nl)[K] extends readonly string[] ? readonly string[] : string };

const en: Texts = {
  title: 'Student team plan',
  school: 'School',
  term: 'Term',
  schoolYear: 'School year',
  period: 'Period',
  generated: 'Generated on',
  contact: 'School contact',
  summary: 'Summary',
  programme: 'Programme',
  level: 'Level',
  coach: 'Coach',
  teams: 'Teams',
  teamsBusy: 'Teams with an assignment',
  assignments: 'Assignments',
  team: 'Team',
  sme: 'Company',
  municipality: 'Town',
  offering: 'Offering',
  theme: 'Theme',
  question: 'Question',
  startWeek: 'Start week',
  endWeek: 'End week',
  startDate: 'Start date',
  endDate: 'End date',
  weeks: 'Weeks',
  status: 'Status',
  contactName: 'Company contact',
  contactEmail: 'E-mail',
  contactPhone: 'Phone',
  total: 'Total',
  week: 'Week',
  weekShort: 'wk',
  noAssignments: 'No assignments in this term.',
  noTeams: 'This school has no student teams in this term.',
  droppedOut: 'dropped out',
  continued: 'continued',
  page: (n, total) => `Page ${n} of ${total}`,
  legend: 'Legend',
  perTeam: 'Assignments per team',
  grid: 'Week plan',
  contactsIncluded: 'Includes company contact details (confidential).',
  studentsPerTeam: (n) => `${n} student${n === 1 ? '' : 's'} per team`,
  hoursPerWeek: (minutes) => `${(minutes / 60).toLocaleString('en-GB', { maximumFractionDigits: 1 })} hours per student per week`,
  fileStem: 'plan',
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  calendarName: (school, term) => `${school} – ${term}`,
  eventDescription: 'Assignment from Werkplaats Planner',
};

const STATUS: Record<Language, Record<AssignmentStatus, string>> = {
  nl: { planned: 'gepland', running: 'lopend', delivered: 'opgeleverd', evaluated: 'geëvalueerd', cancelled: 'geannuleerd' },
  en: { planned: 'planned', running: 'running', delivered: 'delivered', evaluated: 'evaluated', cancelled: 'cancelled' },
};
const LEVEL: Record<Level, string> = {
  'mbo-1': 'mbo 1', 'mbo-2': 'mbo 2', 'mbo-3': 'mbo 3', 'mbo-4': 'mbo 4', ad: 'Ad', bachelor: 'bachelor', master: 'master',
};
const THEME: Record<Language, Record<Theme, string>> = {
  nl: {
    online_marketing_sales: 'Online marketing & verkoop', website_webshop: 'Website & webshop', data_dashboards: 'Data & dashboards',
    automation_processes: 'Automatisering & processen', cyber_hygiene: 'Cyberhygiëne', other: 'Overig',
  },
  en: {
    online_marketing_sales: 'Online marketing & sales', website_webshop: 'Website & web shop', data_dashboards: 'Data & dashboards',
    automation_processes: 'Automation & processes', cyber_hygiene: 'Cyber hygiene', other: 'Other',
  },
};
const WEEK_KIND: Record<Language, Record<WeekKind, string>> = {
  nl: { teaching: 'lesweek', exam: 'toetsweek', holiday: 'vakantie', free: 'vrije week' },
  en: { teaching: 'teaching week', exam: 'exam week', holiday: 'holiday', free: 'free week' },
};

export interface ExportTexts extends Texts {
  statusLabel(s: AssignmentStatus): string;
  levelLabel(l: Level): string;
  themeLabel(t: Theme | null): string;
  weekKindLabel(k: WeekKind): string;
}

export function exportTexts(lang: Language): ExportTexts {
  return {
    ...(lang === 'en' ? en : (nl as Texts)),
    statusLabel: (s) => STATUS[lang][s],
    levelLabel: (l) => LEVEL[l],
    themeLabel: (t) => (t ? THEME[lang][t] : ''),
    weekKindLabel: (k) => WEEK_KIND[lang][k],
  };
}
