import type { MessageVariable, MessageVariables } from './message-types';

/**
 * The owner's edited text as a template: every fact Back Online filled in goes back to its placeholder,
 * so the saved wording says "{startTime}" and is right next time, not "14:02". Longer values first, so
 * a business name that contains the service's name is put back whole.
 */
export function textAsTemplate(text: string, variables: MessageVariables): string {
  const facts = (Object.entries(variables) as [MessageVariable, string | undefined][])
    .filter((entry): entry is [MessageVariable, string] => (entry[1]?.trim().length ?? 0) >= 3)
    .sort((a, b) => b[1].length - a[1].length);
  let template = text;
  for (const [name, value] of facts) template = template.split(value).join(`{${name}}`);
  return template;
}
