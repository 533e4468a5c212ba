import type { z } from 'zod';
import type { FieldErrorTexts } from './i18n/field-errors';
import { interpolate } from './i18n/interpolate';
import type { TargetParseError } from './target';

/** What the owner reads under a field: the field's path (`monitors.0.target`) and the words. */
export interface FieldIssue {
  path: string;
  text: string;
}

type Issue = z.core.$ZodIssue;

/** Custom issues carry their code as the message (see targetStringSchema and the settings refinements). */
const CUSTOM_TEXTS: Record<string, keyof FieldErrorTexts> = {
  restart_command_local_only: 'restartLocalOnly',
  unknown_placeholder: 'unknownPlaceholder',
  duplicate_template: 'duplicate',
  empty_text: 'required',
};

const limit = (value: number | bigint): string => String(value);

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>, texts: FieldErrorTexts): string {
  if (issue.origin === 'string') return texts.required;
  if (issue.origin === 'array' || issue.origin === 'set') return texts.listEmpty;
  return interpolate(texts.numberTooSmall, { minimum: limit(issue.minimum) });
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>, texts: FieldErrorTexts): string {
  const maximum = limit(issue.maximum);
  if (issue.origin === 'string') return interpolate(texts.textTooLong, { maximum });
  if (issue.origin === 'array' || issue.origin === 'set') return interpolate(texts.listTooLong, { maximum });
  return interpolate(texts.numberTooBig, { maximum });
}

function invalidFormat(issue: Extract<Issue, { code: 'invalid_format' }>, texts: FieldErrorTexts): string {
  if (issue.format === 'email') return texts.email;
  if (issue.format === 'url') return texts.httpsUrl;
  if (issue.message === 'time_of_day') return texts.timeOfDay;
  return texts.other;
}

/** One zod issue in the owner's words; never the code, never zod's English. */
export function describeFieldIssue(issue: Issue, texts: FieldErrorTexts): string {
  switch (issue.code) {
    case 'too_small':
      return tooSmall(issue, texts);
    case 'too_big':
      return tooBig(issue, texts);
    case 'invalid_type':
      if (issue.expected === 'int') return texts.notAWholeNumber;
      if (issue.expected === 'number') return texts.notANumber;
      return texts.other;
    case 'invalid_format':
      return invalidFormat(issue, texts);
    case 'invalid_value':
      return texts.choice;
    case 'unrecognized_keys':
      return interpolate(texts.unknownFields, { keys: issue.keys.join(', ') });
    case 'custom': {
      if (issue.message in texts.target) return texts.target[issue.message as TargetParseError];
      const key = CUSTOM_TEXTS[issue.message];
      return key ? (texts[key] as string) : texts.other;
    }
    default:
      return texts.other;
  }
}

/** The first issue of each field, in the order zod found them: one message per field is enough. */
export function describeFieldIssues(error: z.ZodError, texts: FieldErrorTexts): FieldIssue[] {
  const seen = new Set<string>();
  const described: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    if (seen.has(path)) continue;
    seen.add(path);
    described.push({ path, text: describeFieldIssue(issue, texts) });
  }
  return described;
}

/** The first problem of each field by its path, ready to show under the fields of a form. */
export function fieldErrorsByPath(error: z.ZodError, texts: FieldErrorTexts): Record<string, string> {
  return Object.fromEntries(describeFieldIssues(error, texts).map((issue) => [issue.path, issue.text]));
}
