import { parseArgs } from 'node:util';
import type { ParseArgsOptionsConfig } from 'node:util';
import { UsageError } from '../usage-error';

/**
 * Names the argument a strict parse rejected, from a lenient re-parse of the same arguments: an unknown
 * option, a value given to a switch, a missing value, or (for commands without any) a positional.
 */
function rejectedArgument(
  args: string[],
  options: ParseArgsOptionsConfig,
  positionals: 'allowed' | 'rejected',
): UsageError {
  const { tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional' && positionals === 'rejected')
      return new UsageError('unknown_option', { option: token.value });
    if (token.kind !== 'option') continue;
    const descriptor = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (!descriptor) return new UsageError('unknown_option', { option: token.rawName });
    if (descriptor.type === 'boolean' && token.value !== undefined)
      return new UsageError('unexpected_value', { option: token.rawName });
    if (
      descriptor.type === 'string' &&
      (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))
    )
      return new UsageError('missing_value', { option: token.rawName });
  }
  return new UsageError('unknown_option', { option: args.find((arg) => arg.startsWith('-')) ?? '' });
}

export type ParsedOptionValues = Readonly<
  Record<string, string | boolean | (string | boolean)[] | undefined>
>;

/** A strict parse of a command's arguments; whatever it rejects is a UsageError naming that argument. */
export function parseStrictly(
  args: string[],
  options: ParseArgsOptionsConfig,
  positionals: 'allowed' | 'rejected',
): { values: ParsedOptionValues; positionals: string[] } {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: positionals === 'allowed' });
  } catch {
    throw rejectedArgument(args, options, positionals);
  }
}
