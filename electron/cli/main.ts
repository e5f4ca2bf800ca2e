import type { CommandEntry } from './command';
import { CliError, EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, type CliIo } from './io';
import { appMessage, cliMessage } from './messages';
import { COMMANDS } from './registry';

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h' || arg === 'help';

export function usage(commands: readonly CommandEntry[] = COMMANDS): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Werkplaats Planner, opdrachtregel',
    '',
    'Gebruik: npm run cli -- <opdracht> [opties]',
    '',
    'Opdrachten:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Meer over één opdracht: npm run cli -- <opdracht> --help',
    'Exitstatus: 0 = gelukt, 1 = probleem gevonden of mislukt, 2 = verkeerde aanroep.',
  ].join('\n');
}

/** Runs one command line and returns the exit status; every error ends up as one message on stderr. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    io.err(cliMessage('missingCommand'));
    io.err(usage());
    return EXIT_USAGE;
  }
  if (isHelp(name)) {
    const topic = COMMANDS.find((c) => c.name === args[0]);
    io.out(topic ? `Gebruik: npm run cli -- ${(await topic.load()).usage}` : usage());
    return EXIT_OK;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.err(cliMessage('unknownCommand', { name }));
    return EXIT_USAGE;
  }
  let usageLine = '';
  try {
    const command = await entry.load();
    if (args.some(isHelp)) {
      io.out(`Gebruik: npm run cli -- ${command.usage}`);
      return EXIT_OK;
    }
    usageLine = `Gebruik: npm run cli -- ${command.usage.split('\n')[0]}`;
    return await command.run(args, io);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      if (e.exitCode === EXIT_USAGE && usageLine) io.err(usageLine);
      return e.exitCode;
    }
    io.err(appMessage('internal', { detail: e instanceof Error ? e.message : String(e) }));
    return EXIT_PROBLEM;
  }
}
