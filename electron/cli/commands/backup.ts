import fs from 'node:fs';
import path from 'node:path';
import { parse, positionals, type CliCommand } from '../command';
import { CliError, EXIT_OK, EXIT_USAGE } from '../io';
import { cliMessage } from '../messages';
import { megabytes, openReadOnly } from '../sqliteFile';

/** A consistent copy through SQLite's online backup, safe while the app has the file open. */
export const backupCommand: CliCommand = {
  usage: `backup BESTAND DOEL

  Kopieert BESTAND via SQLite's online back-up naar DOEL (ook veilig terwijl de app het bestand open heeft).
  Overschrijft nooit een bestaand bestand.`,
  async run(args, io) {
    const { positionals: rest } = parse(args, {});
    const [file, out] = positionals(rest, ['BESTAND', 'DOEL']) as [string, string];
    if (path.resolve(file) === path.resolve(out)) throw new CliError(cliMessage('sameFile', { file }), EXIT_USAGE);
    if (fs.existsSync(out)) throw new CliError(cliMessage('backupExists', { file: out }), EXIT_USAGE);
    const source = openReadOnly(file);
    try {
      await source.db.backup(out);
    } catch (e) {
      fs.rmSync(out, { force: true });
      throw new CliError(cliMessage('failed', { detail: (e as Error).message }));
    } finally {
      source.close();
    }
    io.out(`Back-up geschreven: ${out} (${megabytes(out)})`);
    return EXIT_OK;
  },
};
