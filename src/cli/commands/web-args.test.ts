import { describe, expect, it } from 'vitest';
import { UsageError } from '../usage-error';
import { ServiceCommandProblem } from './service-problem';
import { parseWebArgs } from './web-args';

const env = { LANG: 'en_GB.UTF-8' };

function failure(args: string[]): UsageError | ServiceCommandProblem {
  try {
    parseWebArgs(args, env);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ServiceCommandProblem) return error;
    throw error;
  }
  throw new Error(`accepted ${args.join(' ')}`);
}

describe('parseWebArgs', () => {
  it('has sensible defaults: any free port, the default data folder, the system language', () => {
    expect(parseWebArgs([], { LANG: 'nl_NL.UTF-8' })).toEqual({
      help: false,
      locale: { language: 'nl', formality: 'formal' },
      languageChosen: false,
      port: 0,
      dataDir: undefined,
      configFile: undefined,
    });
  });

  it('reads every option', () => {
    expect(
      parseWebArgs(
        ['--port', '8080', '--data-dir', '/tmp/data', '--config=/tmp/c.json', '--lang', 'nl', '--informal'],
        env,
      ),
    ).toEqual({
      help: false,
      locale: { language: 'nl', formality: 'informal' },
      languageChosen: true,
      port: 8080,
      dataDir: '/tmp/data',
      configFile: '/tmp/c.json',
    });
    expect(parseWebArgs(['-h'], env)).toEqual({
      help: true,
      locale: { language: 'en', formality: 'formal' },
    });
  });

  it('names what is wrong', () => {
    for (const value of ['65536', '-1', 'eighty', '80.5', '']) {
      const error = failure([`--port=${value}`]);
      expect(error, value).toBeInstanceOf(ServiceCommandProblem);
      if (error instanceof ServiceCommandProblem) expect(error.problem).toBe('invalid_port');
    }
    expect(failure(['--lang', 'fr'])).toMatchObject({ code: 'invalid_lang', params: { value: 'fr' } });
    expect(failure(['--verbose'])).toMatchObject({ code: 'unknown_option', params: { option: '--verbose' } });
    expect(failure(['--port'])).toMatchObject({ code: 'missing_value', params: { option: '--port' } });
    expect(failure(['--informal=yes'])).toMatchObject({
      code: 'unexpected_value',
      params: { option: '--informal' },
    });
    expect(failure(['https://shop.example.nl'])).toMatchObject({ code: 'unknown_option' });
  });
});
