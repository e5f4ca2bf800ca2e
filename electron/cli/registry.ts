import type { CommandEntry } from './command';

/**
 * Every command the CLI knows, in the order --help lists them. A new command is one file under commands/
 * (exporting a CliCommand) plus one entry here.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'demo',
    summary: 'Maak een demowerkplaats (small, large of huge)',
    load: async () => (await import('./commands/demo')).demoCommand,
  },
  {
    name: 'check',
    summary: 'Controleer een werkplaatsbestand (alleen lezen, zonder bij te werken)',
    load: async () => (await import('./commands/check')).checkCommand,
  },
  {
    name: 'backup',
    summary: 'Maak een back-up van een werkplaatsbestand',
    load: async () => (await import('./commands/backup')).backupCommand,
  },
  {
    name: 'list',
    summary: 'Toon een lijst: schools, programmes, terms, cohorts, offerings, smes of requests',
    load: async () => (await import('./commands/list')).listCommand,
  },
  {
    name: 'holidays',
    summary: 'Importeer de schoolvakanties van de Rijksoverheid (open-data JSON) en markeer de weken opnieuw',
    load: async () => (await import('./commands/holidays')).holidaysCommand,
  },
  {
    name: 'weeks',
    summary: 'Toon de ISO-weken van een onderwijsperiode met hun soort per school en per regio',
    load: async () => (await import('./commands/weeks')).weeksCommand,
  },
  {
    name: 'import',
    summary: 'Importeer uren (Clockify, Toggl, Kimai) of aanvragen en bedrijven (CSV/XLSX, bijv. Microsoft Forms)',
    load: async () => (await import('./commands/importRequests')).importCommand,
  },
  {
    name: 'costs',
    summary: 'Toon uren en kosten per activiteit, medewerker en financier over een periode',
    load: async () => (await import('./commands/costs')).costsCommand,
  },
  { name: 'suggest', summary: 'Stel een optimale planning voor (matchvoorstellen) voor een onderwijsperiode', load: async () => (await import('./commands/suggest')).suggestCommand },
  { name: 'report', summary: 'Maak de rapportage voor financiers over een periode (xlsx, pdf of json)', load: async () => (await import('./commands/report')).reportCommand },
  { name: 'export', summary: 'Exporteer de planning van één school en periode naar xlsx, pdf, csv of ics', load: async () => (await import('./commands/exportSchoolPlan')).exportSchoolPlanCommand },
];
