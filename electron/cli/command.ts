import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError, EXIT_USAGE, type CliIo } from './io';
import { cliMessage } from './messages';

/** What a command file exports. */
export interface CliCommand {
  /** The synopsis and options, shown by `<command> --help` and after a usage error. */
  usage: string;
  run(args: readonly string[], io: CliIo): number | Promise<number>;
}

/**
 * A registry entry: name and summary for the overview, and the command itself loaded only when it runs, so
 * `check` does not pay for loading every service and schema that `list` needs.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<CliCommand>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with usage errors turned into CliErrors (exit status 2) with a Dutch message. */
export function parse<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(cliMessage('badArguments', { detail: (e as Error).message }), EXIT_USAGE);
  }
}

export function requireValue(value: string | undefined, option: string): string {
  if (value === undefined || value === '') throw new CliError(cliMessage('missingOption', { name: option }), EXIT_USAGE);
  return value;
}

export function positionals(values: readonly string[], names: readonly string[]): string[] {
  if (values.length > names.length) {
    throw new CliError(cliMessage('tooManyArguments', { extra: values.slice(names.length).join(' ') }), EXIT_USAGE);
  }
  return names.map((name, i) => {
    const v = values[i];
    if (v === undefined) throw new CliError(cliMessage('missingArgument', { name }), EXIT_USAGE);
    return v;
  });
}
