// Entry point of `npm run cli -- <command>` (run with tsx). Keep it this thin: the logic is in main.ts.
import { runCli } from './main';

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
};

// A reader that stops early (`… | head`) closes the pipe: that is not an error of the command.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

// exitCode rather than exit(): pending output (a large JSON list) is flushed before the process ends.
process.exitCode = await runCli(process.argv.slice(2), io);
