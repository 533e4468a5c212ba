import { interpolate } from './interpolate';
import type { TemplateParams } from './interpolate';

const OPTIONAL_PART = /\[([^[\]]*)\]/g;
const PLACEHOLDER = /\{(\w+)\}/g;

function hasValue(params: TemplateParams, key: string): boolean {
  const value = params[key];
  return value !== undefined && value !== null && value !== '';
}

/**
 * Fills a cause text: an `[optional part]` stays only when every placeholder in it has a value, so a
 * missing fact drops a clause instead of leaving a gap such as "expired on ."
 */
export function fillCauseTemplate(template: string, params: TemplateParams): string {
  const kept = template
    .replace(OPTIONAL_PART, (_, inner: string) =>
      [...inner.matchAll(PLACEHOLDER)].every((match) => hasValue(params, match[1] ?? '')) ? inner : '',
    )
    .replace(/ {2,}/g, ' ')
    // a dropped part leaves a space before punctuation; a name such as ".maintenance" keeps its space
    .replace(/ ([.,:;!?)])(?=\s|$|[.,:;!?)])/g, '$1')
    .trim();
  return interpolate(kept, params);
}
