import type { CliUsageErrorCode } from '../shared/i18n/cli';
import type { TemplateParams } from '../shared/i18n/interpolate';
import type { TargetParseError } from '../shared/target';

/** Wrong input on the command line; reported as a translated message and the usage line, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly code: CliUsageErrorCode,
    readonly params: TemplateParams = {},
    /** Why a target was rejected; translated into the message's `{reason}`. */
    readonly targetError?: TargetParseError,
  ) {
    super(code);
    this.name = 'UsageError';
  }
}
