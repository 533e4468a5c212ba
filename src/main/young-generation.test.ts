import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { limitYoungGeneration, YOUNG_GENERATION_ARGUMENT } from './young-generation';

describe('a small young generation for every process of the app', () => {
  it('reaches the renderers through a switch set before the app is ready', () => {
    const appendSwitch = vi.fn();
    limitYoungGeneration({ commandLine: { appendSwitch } } as unknown as App);
    expect(appendSwitch).toHaveBeenCalledWith('js-flags', '--max-semi-space-size=2');
  });

  it('reaches the main process of a start it does not control as a command-line switch', () => {
    expect(YOUNG_GENERATION_ARGUMENT).toBe('--js-flags=--max-semi-space-size=2');
  });
});
