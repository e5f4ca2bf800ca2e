import type { ErrorCode } from '../../shared/i18n/errorMessages';

/** An error the user should see: a code from shared/i18n/errorMessages with the values its text needs. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, unknown> = {},
    readonly details?: unknown,
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'AppError';
  }
}
