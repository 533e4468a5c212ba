import { describe, expect, it } from 'vitest';
import { UsageError } from '../usage-error';
import { parseIncidentsArgs } from './incidents-args';
import { parseWatchArgs } from './watch-args';

const env = { LANG: 'nl_NL.UTF-8' };

function usageError(parse: () => unknown): UsageError {
  try {
    parse();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('parseWatchArgs', () => {
  it('reads the service options and --json', () => {
    expect(parseWatchArgs([], env)).toEqual({
      help: false,
      locale: { language: 'nl', formality: 'formal' },
      languageChosen: false,
      dataDir: undefined,
      configFile: undefined,
      json: false,
    });
    expect(
      parseWatchArgs(['--config=/tmp/c.json', '--data-dir', '/tmp/d', '--json', '--lang', 'en'], env),
    ).toEqual({
      help: false,
      locale: { language: 'en', formality: 'formal' },
      languageChosen: true,
      dataDir: '/tmp/d',
      configFile: '/tmp/c.json',
      json: true,
    });
    expect(parseWatchArgs(['--help', '--informal'], env)).toEqual({
      help: true,
      locale: { language: 'nl', formality: 'informal' },
    });
  });

  it('names what is wrong', () => {
    expect(usageError(() => parseWatchArgs(['--port', '80'], env))).toMatchObject({
      code: 'unknown_option',
      params: { option: '--port' },
    });
    expect(usageError(() => parseWatchArgs(['--json=yes'], env))).toMatchObject({ code: 'unexpected_value' });
    expect(usageError(() => parseWatchArgs(['--config'], env))).toMatchObject({ code: 'missing_value' });
    expect(usageError(() => parseWatchArgs(['--lang', 'de'], env))).toMatchObject({ code: 'invalid_lang' });
    expect(usageError(() => parseWatchArgs(['https://shop.example.nl'], env))).toMatchObject({
      code: 'unknown_option',
      params: { option: 'https://shop.example.nl' },
    });
  });
});

describe('parseIncidentsArgs', () => {
  it('reads --data-dir, --json, --all and the language; it has no --config', () => {
    expect(parseIncidentsArgs(['--all', '--json', '--data-dir', '/tmp/d', '--informal'], env)).toEqual({
      help: false,
      locale: { language: 'nl', formality: 'informal' },
      dataDir: '/tmp/d',
      json: true,
      all: true,
    });
    expect(parseIncidentsArgs([], env)).toMatchObject({ dataDir: undefined, json: false, all: false });
    expect(usageError(() => parseIncidentsArgs(['--config', 'x.json'], env))).toMatchObject({
      code: 'unknown_option',
      params: { option: '--config' },
    });
  });
});
