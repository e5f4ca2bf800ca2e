import type {
  Activity, AssignmentStatus, DemoScale, DurationUnit, EventKind, FunderKind, HolidayRegion, IntermediaryKind,
  Language, Level, Priority, RequestStatus, SchoolKind, SizeClass, Theme, WeekKind,
} from '../../../shared/domain/constants';

import { education } from './sections/education';
import { forms } from './sections/forms';
import { hours as hoursSection } from './sections/hours';
import { planning } from './sections/planning';
import { requests as requestsSection } from './sections/requests';
import { smes as smesSection } from './sections/smes';
import { events as eventsSection } from './sections/events';
import { report as reportSection } from './sections/report';
import { suggest as suggestSection } from './sections/suggest';
import { exportsSection } from './sections/exports';
import { importSection } from './sections/import';

// Every UI text in Dutch. en.ts must have the same shape (checked by its type), so a missing translation is a
// compile error rather than a raw key on screen.

const levels: Record<Level, string> = {
  'mbo-1': 'mbo 1', 'mbo-2': 'mbo 2', 'mbo-3': 'mbo 3', 'mbo-4': 'mbo 4', ad: 'Ad', bachelor: 'bachelor', master: 'master',
};
const themes: Record<Theme, string> = {
  online_marketing_sales: 'Online marketing & verkoop',
  website_webshop: 'Website & webshop',
  data_dashboards: 'Data & dashboards',
  automation_processes: 'Automatisering & processen',
  cyber_hygiene: 'Cyberhygiëne',
  other: 'Overig',
};
const requestStatus: Record<RequestStatus, string> = {
  new: 'nieuw',
  intake_planned: 'intake gepland',
  intake_done: 'intake gedaan',
  ready_for_matching: 'klaar voor matching',
  matched: 'gematcht',
  running: 'lopend',
  delivered: 'opgeleverd',
  evaluated: 'geëvalueerd',
  closed: 'afgesloten',
  rejected: 'afgewezen',
  withdrawn: 'ingetrokken',
};
const assignmentStatus: Record<AssignmentStatus, string> = {
  planned: 'gepland', running: 'lopend', delivered: 'opgeleverd', evaluated: 'geëvalueerd', cancelled: 'geannuleerd',
};
const activity: Record<Activity, string> = {
  intake: 'Intake', matching: 'Matching', coaching: 'Begeleiding', event: 'Evenementen', acquisition: 'Acquisitie',
  admin: 'Administratie', reporting: 'Rapportage',
};
const weekKind: Record<WeekKind, string> = { teaching: 'lesweek', exam: 'toetsweek', holiday: 'vakantie', free: 'vrije week' };
const schoolKind: Record<SchoolKind, string> = { mbo: 'mbo', hbo: 'hbo', wo: 'wo' };
const holidayRegion: Record<HolidayRegion, string> = { noord: 'Noord', midden: 'Midden', zuid: 'Zuid' };
const durationUnit: Record<DurationUnit, string> = { days: 'dagen', weeks: 'weken' };
const sizeClass: Record<SizeClass | 'other', string> = { micro: 'micro (< 10 fte)', small: 'klein (10–49 fte)', other: '50 fte of meer' };
const intermediaryKind: Record<IntermediaryKind, string> = {
  bank: 'bank', business_association: 'ondernemersvereniging', municipality: 'gemeente', chamber: 'KvK', other: 'overig',
};
const priority: Record<Priority, string> = { low: 'laag', normal: 'normaal', high: 'hoog' };
const funderKind: Record<FunderKind, string> = {
  rvo_subsidy: 'RVO-subsidie', municipality: 'gemeente', province: 'provincie', school_in_kind: 'school (in natura)', other: 'overig',
};
const eventKind: Record<EventKind, string> = { webinar: 'webinar', masterclass: 'masterclass' };
const language: Record<Language, string> = { nl: 'Nederlands', en: 'English' };
const demoScale: Record<DemoScale, string> = { small: 'klein', large: 'groot', huge: 'zeer groot' };

export const nl = {
  app: { name: 'Werkplaats Planner', tagline: 'Digitale Werkplaats' },
  nav: {
    label: 'Hoofdnavigatie',
    planner: 'Planner',
    requests: 'Aanvragen',
    smes: 'MKB-bedrijven',
    education: 'Onderwijs',
    catalogue: 'Menukaart',
    events: 'Evenementen',
    hours: 'Uren & kosten',
    reports: 'Rapportage',
    settings: 'Instellingen',
  },
  header: { workspace: 'Werkgebied' },
  demo: {
    title: 'Demo-gegevens',
    text: 'Dit werkgebied bevat verzonnen voorbeeldgegevens (omvang: {{scale}}). Begin leeg zodra je echte gegevens invoert.',
    startEmpty: 'Leeg werkgebied starten',
    confirmTitle: 'Leeg werkgebied starten?',
    confirmText: 'De demo-gegevens worden opzijgezet (niet gewist) en je begint met een leeg werkgebied. Dit kun je niet ongedaan maken vanuit de app.',
    confirm: 'Ja, leeg beginnen',
    busy: 'Bezig…',
  },
  common: {
    skipToContent: 'Naar de inhoud',
    loading: 'Laden…',
    errorTitle: 'Er ging iets mis',
    retry: 'Opnieuw proberen',
    cancel: 'Annuleren',
    close: 'Sluiten',
    none: '—',
    all: 'Alle',
    total: 'Totaal',
    yes: 'ja',
    no: 'nee',
    empty: 'Nog niets om te tonen.',
    weeks_one: '{{count}} week',
    weeks_other: '{{count}} weken',
    days_one: '{{count}} dag',
    days_other: '{{count}} dagen',
    from: 'Van',
    to: 'Tot en met',
    period: 'Periode',
  },
  table: {
    search: 'Zoeken',
    searchPlaceholder: 'Zoek in alle kolommen…',
    rowCount: '{{shown}} van {{total}}',
    rowCountLabel: '{{shown}} van {{total}} rijen zichtbaar',
    columns: 'Kolommen',
    columnsMenu: 'Kolommen tonen of verbergen',
    showAllColumns: 'Alle kolommen tonen',
    filterColumn: 'Filter op {{column}}',
    filterPlaceholder: 'Filter…',
    noRows: 'Nog geen gegevens.',
    noMatches: 'Geen rijen passen bij de zoekopdracht of filters.',
    clearFilters: 'Filters wissen',
    resizeColumn: 'Breedte van kolom {{column}} (pijltjestoetsen; Delete = standaard)',
    sortHint: 'Klik om te sorteren',
  },
  planner: {
    title: 'Planner',
    subtitle: 'Opdrachten per onderwijsperiode: welk team werkt wanneer voor welk bedrijf.',
    term: 'Onderwijsperiode',
    noTerms: 'Er zijn nog geen onderwijsperiodes. Voeg ze toe onder Onderwijs.',
    assignments: 'Opdrachten',
    schools: 'Scholen',
    teamsBusy: 'Teams met opdracht',
    ofTotal: '{{n}} van {{total}}',
    occupancy: '{{pct}}% bezet',
    running: '{{count}} lopend',
    students: 'Studenten',
    programmes_one: 'in {{count}} opleiding',
    programmes_other: 'in {{count}} opleidingen',
    weeks: 'Weken',
    perSchool: 'Per school en opleiding',
    col: {
      school: 'School', programme: 'Opleiding', team: 'Team', sme: 'Bedrijf', offering: 'Menukaart-item',
      start: 'Start', end: 'Einde', length: 'Duur', status: 'Status',
    },
  },
  requests: {
    title: 'Aanvragen',
    subtitle: 'Hulpvragen van mkb-bedrijven, van intake tot afsluiting.',
    byStatus: 'Aanvragen per status',
    filterStatus: 'Toon alleen status {{status}}',
    showAll: 'Alle statussen',
    col: {
      received: 'Ontvangen', sme: 'Bedrijf', offering: 'Menukaart-item', theme: 'Thema', status: 'Status',
      priority: 'Prioriteit', owner: 'Eigenaar', maturity: 'Digitale volwassenheid', window: 'Gewenste periode', question: 'Vraag',
    },
  },
  smes: {
    title: 'MKB-bedrijven',
    subtitle: 'Bedrijven die de werkplaats helpt, met hun KvK-gegevens en contactpersoon.',
    col: {
      name: 'Naam', kvk: 'KvK-nummer', sbi: 'SBI', fte: 'fte', sizeClass: 'Grootte', postcode: 'Postcode',
      municipality: 'Gemeente', region: 'Regio', contact: 'Contactpersoon', email: 'E-mail', intermediary: 'Intermediair',
      requests: 'Aanvragen',
    },
  },
  education: {
    title: 'Onderwijs',
    subtitle: 'Scholen, opleidingen, onderwijsperiodes en de capaciteit van studententeams.',
    tabs: { schools: 'Scholen', programmes: 'Opleidingen', terms: 'Perioden', capacity: 'Capaciteit' },
    tabsLabel: 'Onderdelen van onderwijs',
    schools: {
      col: {
        name: 'Naam', shortName: 'Afkorting', kind: 'Soort', brin: 'BRIN', region: 'Vakantieregio',
        municipality: 'Gemeente', contact: 'Contactpersoon', programmes: 'Opleidingen',
      },
    },
    programmes: {
      col: { name: 'Opleiding', school: 'School', level: 'Niveau', crebo: 'Crebo', minor: 'Minor', themes: 'Thema’s', coaches: 'Begeleiders' },
    },
    terms: {
      col: {
        school: 'School', name: 'Periode', year: 'Schooljaar', start: 'Start', end: 'Einde', weeks: 'Weken',
        teaching: 'Lesweken', exam: 'Toetsweken', holiday: 'Vakantieweken',
      },
      pick: 'Kies een periode in de tabel om de weken te zien.',
      weeksOf: 'Weken van {{name}} ({{school}})',
      legend: 'Legenda',
    },
    capacity: {
      term: 'Periode',
      allTerms: 'Alle perioden',
      perSchool: 'Capaciteit per school',
      teams: 'teams',
      students: 'studenten',
      hoursPerWeek: 'uur per week',
      assignments: 'opdrachten',
      col: {
        school: 'School', programme: 'Opleiding', level: 'Niveau', term: 'Periode', teams: 'Teams',
        perTeam: 'Studenten per team', students: 'Studenten', hours: 'Uur p. student p. week', coach: 'Begeleider',
        assignments: 'Opdrachten',
      },
    },
  },
  catalogue: {
    title: 'Menukaart',
    subtitle: 'Wat de werkplaats aanbiedt en welke opleidingen het kunnen leveren.',
    duration: 'Duur',
    effort: 'Inzet',
    teamSize: 'Teamgrootte',
    students_one: '{{count}} student',
    students_other: '{{count}} studenten',
    programmes_one: '{{count}} opleiding',
    programmes_other: '{{count}} opleidingen',
    requests_one: '{{count}} aanvraag',
    requests_other: '{{count}} aanvragen',
    levels: 'Niveaus',
    archived: 'gearchiveerd',
    search: 'Zoek in de menukaart',
    themeFilter: 'Thema',
    count: '{{shown}} van {{total}} items',
  },
  hours: {
    title: 'Uren & kosten',
    subtitle: 'Inzet van het werkplaatsteam per activiteit, en wie het betaalt.',
    chartTitle: 'Uren per maand per activiteit (laatste 12 maanden)',
    costTitle: 'Kosten per maand per activiteit (laatste 12 maanden)',
    show: 'Toon',
    showHours: 'Uren',
    showCost: 'Kosten',
    tableTitle: 'Per maand',
    staff: 'Werkplaatsteam',
    funders: 'Financiers',
    col: {
      month: 'Maand', totalHours: 'Totaal uren', totalCost: 'Totale kosten',
      name: 'Naam', role: 'Rol', employer: 'Werkgever', contract: 'Contract per week', rate: 'Uurtarief',
      funder: 'Financier', kind: 'Soort', budget: 'Budget', periodStart: 'Vanaf', periodEnd: 'Tot en met',
    },
  },
  settings: {
    title: 'Instellingen',
    subtitle: 'Taal en gegevens over dit werkgebied.',
    language: 'Taal',
    languageHelp: 'De taal wordt in het werkgebied bewaard en blijft na herstarten gelden.',
    workspace: 'Werkgebied',
    file: 'Databasebestand',
    schemaVersion: 'Schemaversie',
    appVersion: 'Appversie',
    createdAt: 'Aangemaakt op',
    demo: 'Demo-gegevens',
    demoYes: 'ja (omvang: {{scale}})',
    startEmptyHelp: 'Zet de huidige gegevens opzij (het bestand blijft bewaard) en begin met een leeg werkgebied.',
    saved: 'Opgeslagen',
  },
  forms: forms.nl,
  educationEdit: education.nl,
  smesEdit: smesSection.nl,
  requestsEdit: requestsSection.nl,
  plannerEdit: planning.nl,
  hoursEdit: hoursSection.nl,
  eventsEdit: eventsSection.nl,
  funderReport: reportSection.nl,
  suggest: suggestSection.nl,
  exports: exportsSection.nl,
  importRequests: importSection.nl,
  enums: {
    level: levels,
    theme: themes,
    requestStatus,
    assignmentStatus,
    activity,
    weekKind,
    schoolKind,
    holidayRegion,
    durationUnit,
    sizeClass,
    intermediaryKind,
    priority,
    funderKind,
    eventKind,
    language,
    demoScale,
  },
};

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };
/** The shape every locale must have. */
export type Messages = Widen<typeof nl>;
