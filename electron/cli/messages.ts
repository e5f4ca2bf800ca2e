import { formatError, type ErrorCode } from '../../shared/i18n/errorMessages';

// The CLI speaks Dutch, like the app. Errors about the database reuse the app's own texts so a user sees the
// same sentence in the CLI as in the window; the rest are about the command line itself.

const CLI_MESSAGES = {
  unknownCommand: 'Onbekende opdracht: {name}. Bekijk de mogelijkheden met --help.',
  missingCommand: 'Geef een opdracht. Bekijk de mogelijkheden met --help.',
  badArguments: 'Ongeldige aanroep: {detail}',
  missingOption: 'Optie --{name} ontbreekt.',
  missingArgument: 'Argument {name} ontbreekt.',
  tooManyArguments: 'Te veel argumenten: {extra}.',
  badValue: 'Ongeldige waarde voor {name}: “{value}” (verwacht: {expected}).',
  fileExists: 'Bestand bestaat al: {file}. Gebruik --force om het te overschrijven.',
  backupExists: 'Bestand bestaat al: {file}. Een back-up overschrijft nooit een bestaand bestand.',
  fileMissing: 'Bestand niet gevonden: {file}',
  sameFile: 'Bron en doel zijn hetzelfde bestand: {file}',
  failed: 'Mislukt: {detail}',
} as const;

export type CliMessage = keyof typeof CLI_MESSAGES;

const fill = (text: string, params: Record<string, unknown>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`));

export function cliMessage(key: CliMessage, params: Record<string, unknown> = {}): string {
  return fill(CLI_MESSAGES[key], params);
}

/** The app's error text in Dutch. */
export function appMessage(code: ErrorCode, params: Record<string, unknown> = {}): string {
  return formatError(code, 'nl', params);
}
