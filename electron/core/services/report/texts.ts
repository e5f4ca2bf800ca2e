import type { Activity, EventKind, Language, Level, RequestStatus } from '../../../../shared/domain/constants';
import { SECTOR_NAMES } from '../../../../shared/i18n/sectors';

// Words of the XLSX and PDF exports and the CLI's table, in both UI languages. The screen words its sections
// for i18next in renderer/src/i18n/sections/report.ts; the long lists both need (the SBI sector names) live once
// in shared/i18n/.

const NL = {
  title: 'Rapportage voor financiers',
  period: 'Periode', from: 'Van', to: 'Tot en met', made: 'Gemaakt op',
  page: (n: number, total: number) => `pagina ${n} van ${total}`,
  sections: {
    summary: 'Samenvatting', smes: 'Mkb-bedrijven', requests: 'Aanvragen', students: 'Studenten', events: 'Evenementen',
    hours: 'Uren en kosten', satisfaction: 'Tevredenheid', maturity: 'Digitale volwassenheid',
  },
  kpi: {
    unique: 'Unieke mkb-bedrijven (per KvK-nummer)', viaAssignment: 'waarvan via een opdracht', viaEvent: 'waarvan via een evenement',
    received: 'Aanvragen ontvangen', started: 'Opdrachten gestart', delivered: 'Opdrachten opgeleverd', teams: 'Studententeams',
    students: 'Studenten betrokken', coaches: 'Begeleiders', events: 'Evenementen', attendees: 'Aanmeldingen',
    uniqueAttendees: 'Unieke deelnemende bedrijven', hours: 'Uren werkplaatsteam', cost: 'Kosten werkplaatsteam',
    evaluations: 'Evaluaties', satisfaction: 'Gemiddelde tevredenheid (1–10)', recommend: 'Gemiddelde aanbeveling (1–10)',
    maturityScored: 'Aanvragen met score', maturity: 'Gemiddelde digitale volwassenheid bij intake (1–10)',
  },
  col: {
    sizeClass: 'Grootteklasse', sector: 'Sector (SBI-sectie)', region: 'Regio', intermediary: 'Intermediair', count: 'Aantal',
    status: 'Status', level: 'Niveau', teams: 'Teams', students: 'Studenten', coach: 'Begeleider', date: 'Datum', kind: 'Soort',
    topic: 'Onderwerp', capacity: 'Capaciteit', attendees: 'Deelnemers', activity: 'Activiteit', hours: 'Uren', cost: 'Kosten',
    funder: 'Financier', score: 'Score', satisfaction: 'Tevredenheid', recommend: 'Aanbeveling', events: 'Evenementen',
  },
  unknown: 'onbekend', none: 'geen', total: 'Totaal',
  size: { micro: 'micro (< 10 fte)', small: 'klein (10–49 fte)', other: '50 fte of meer' } as Record<string, string>,
  status: {
    new: 'nieuw', intake_planned: 'intake gepland', intake_done: 'intake gedaan', ready_for_matching: 'klaar voor matching',
    matched: 'gematcht', running: 'lopend', delivered: 'opgeleverd', evaluated: 'geëvalueerd', closed: 'afgesloten',
    rejected: 'afgewezen', withdrawn: 'ingetrokken',
  } as Record<RequestStatus, string>,
  activity: {
    intake: 'Intake', matching: 'Matching', coaching: 'Begeleiding', event: 'Evenementen', acquisition: 'Acquisitie',
    admin: 'Administratie', reporting: 'Rapportage',
  } as Record<Activity, string>,
  level: { 'mbo-1': 'mbo 1', 'mbo-2': 'mbo 2', 'mbo-3': 'mbo 3', 'mbo-4': 'mbo 4', ad: 'Ad', bachelor: 'bachelor', master: 'master' } as Record<Level, string>,
  kind: { webinar: 'webinar', masterclass: 'masterclass' } as Record<EventKind, string>,
  sector: SECTOR_NAMES.nl,
};

type Texts = typeof NL;

const EN: Texts = {
  title: 'Funder report',
  period: 'Period', from: 'From', to: 'Up to and including', made: 'Made on',
  page: (n, total) => `page ${n} of ${total}`,
  sections: {
    summary: 'Summary', smes: 'SMEs', requests: 'Requests', students: 'Students', events: 'Events',
    hours: 'Hours and costs', satisfaction: 'Satisfaction', maturity: 'Digital maturity',
  },
  kpi: {
    unique: 'Unique SMEs (by KvK number)', viaAssignment: 'of which through an assignment', viaEvent: 'of which through an event',
    received: 'Requests received', started: 'Assignments started', delivered: 'Assignments delivered', teams: 'Student teams',
    students: 'Students involved', coaches: 'Coaches', events: 'Events', attendees: 'Registrations',
    uniqueAttendees: 'Unique attending companies', hours: 'Staff hours', cost: 'Staff cost',
    evaluations: 'Evaluations', satisfaction: 'Average satisfaction (1–10)', recommend: 'Average would-recommend (1–10)',
    maturityScored: 'Requests with a score', maturity: 'Average digital maturity at intake (1–10)',
  },
  col: {
    sizeClass: 'Size class', sector: 'Sector (SBI section)', region: 'Region', intermediary: 'Intermediary', count: 'Count',
    status: 'Status', level: 'Level', teams: 'Teams', students: 'Students', coach: 'Coach', date: 'Date', kind: 'Kind',
    topic: 'Topic', capacity: 'Capacity', attendees: 'Attendees', activity: 'Activity', hours: 'Hours', cost: 'Cost',
    funder: 'Funder', score: 'Score', satisfaction: 'Satisfaction', recommend: 'Would recommend', events: 'Events',
  },
  unknown: 'unknown', none: 'none', total: 'Total',
  size: { micro: 'micro (< 10 FTE)', small: 'small (10–49 FTE)', other: '50 FTE or more' },
  status: {
    new: 'new', intake_planned: 'intake planned', intake_done: 'intake done', ready_for_matching: 'ready for matching',
    matched: 'matched', running: 'running', delivered: 'delivered', evaluated: 'evaluated', closed: 'closed',
    rejected: 'rejected', withdrawn: 'withdrawn',
  },
  activity: {
    intake: 'Intake', matching: 'Matching', coaching: 'Coaching', event: 'Events', acquisition: 'Acquisition',
    admin: 'Administration', reporting: 'Reporting',
  },
  level: { 'mbo-1': 'MBO 1', 'mbo-2': 'MBO 2', 'mbo-3': 'MBO 3', 'mbo-4': 'MBO 4', ad: 'Associate degree', bachelor: 'bachelor', master: 'master' },
  kind: { webinar: 'webinar', masterclass: 'masterclass' },
  sector: SECTOR_NAMES.en,
};

export const reportTexts = (lang: Language): Texts => (lang === 'en' ? EN : NL);
export type ReportTexts = Texts;

/** "G – Groot- en detailhandel", or "onbekend" for a company without an SBI code. */
export const sectorLabel = (tx: Texts, key: string | null) => (key === null ? tx.unknown : `${key} – ${tx.sector[key] ?? key}`);
