/** Where a command writes; the entry point passes the process streams, so commands never touch `process`. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
/** The command ran but found a problem (a damaged file, a failed call). */
export const EXIT_PROBLEM = 1;
/** The command line itself was wrong. */
export const EXIT_USAGE = 2;

/** A failure with a message meant for the user; the entry point prints it to stderr and exits with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_PROBLEM,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
