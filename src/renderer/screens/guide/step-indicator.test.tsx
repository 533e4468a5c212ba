import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GuideStep } from '../../../shared/guide/guide-steps';
import type { Locale } from '../../../shared/locale';
import { renderInLocale } from '../../test-support/render-in-locale';
import { StepIndicator } from './step-indicator';

afterEach(cleanup);

const EN: Locale = { language: 'en', formality: 'formal' };
const NL: Locale = { language: 'nl', formality: 'formal' };
const JE: Locale = { language: 'nl', formality: 'informal' };

const NOTHING_DONE: Record<GuideStep, boolean> = {
  identify: false,
  communicate: false,
  fix: false,
  verify: false,
  learn: false,
};

function renderIndicator(current: GuideStep, done: Partial<Record<GuideStep, boolean>>, locale = EN) {
  const onGo = vi.fn();
  renderInLocale(<StepIndicator current={current} done={{ ...NOTHING_DONE, ...done }} onGo={onGo} />, locale);
  const nav = screen.getByRole('navigation');
  const buttons = within(nav).getAllByRole('button');
  return {
    nav,
    onGo,
    /** What a screen reader says: the number is hidden from it. */
    names: buttons.map((button) => button.textContent?.replace(/^[0-9✓]/, '')),
    marks: buttons.map((button) => button.querySelector('.step-indicator__number')?.textContent),
  };
}

describe('the step indicator', () => {
  it('shows no ✓ for steps jumped over by a link, and says they are not done yet', () => {
    const { names, marks, nav } = renderIndicator('fix', {});
    expect(marks).toEqual(['1', '2', '3', '4', '5']);
    expect(names).toEqual([
      'Identify (not done yet)',
      'Communicate (not done yet)',
      'Fix',
      'Verify',
      'Learn',
    ]);
    expect(within(nav).getByRole('button', { current: 'step' }).textContent).toBe('3Fix');
    expect(nav.textContent).toContain('Step 3 of 5 · Still to do: Verify and Learn.');
    expect(nav.querySelectorAll('.step-indicator__item--passed')).toHaveLength(2);
  });

  it('ticks what was done, before or after the current step, and leaves it out of what is left', () => {
    const { names, marks, nav } = renderIndicator('communicate', { identify: true, verify: true });
    expect(marks).toEqual(['✓', '2', '3', '✓', '5']);
    expect(names[0]).toBe('Identify (done)');
    expect(names[3]).toBe('Verify (done)');
    expect(nav.textContent).toContain('Still to do: Fix and Learn.');
  });

  it('marks the current step done too when it is, and says when every later step is done', () => {
    const { names, nav } = renderIndicator('verify', { verify: true, learn: true });
    expect(names[3]).toBe('Verify (done)');
    expect(nav.textContent).toContain('Step 4 of 5 · The steps after this one are done.');
  });

  it('speaks Dutch, formal and informal', () => {
    const formal = renderIndicator('learn', { learn: true, fix: true }, NL);
    expect(formal.names).toEqual([
      'Vaststellen (nog niet gedaan)',
      'Communiceren (nog niet gedaan)',
      'Oplossen (klaar)',
      'Controleren (nog niet gedaan)',
      'Leren (klaar)',
    ]);
    expect(formal.nav.textContent).toContain('Stap 5 van 5 · Dit is de laatste stap.');
    cleanup();
    const informal = renderIndicator('fix', {}, JE);
    expect(informal.names[0]).toBe('Vaststellen (nog niet gedaan)');
    expect(informal.nav.textContent).toContain('Nog te doen: Controleren en Leren.');
  });

  it('goes to a step when its button is pressed, done or not', () => {
    const { nav, onGo } = renderIndicator('fix', {});
    fireEvent.click(within(nav).getByRole('button', { name: 'Identify (not done yet)' }));
    expect(onGo).toHaveBeenCalledWith('identify');
  });
});
