import { describe, expect, it } from 'vitest';
import { UsageError } from '../usage-error';
import { isResolverAddress, parseCheckArgs } from './check-args';

const env = { LANG: 'en_US.UTF-8' };

function usageErrorOf(args: string[]): UsageError {
  try {
    parseCheckArgs(args, env);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`no usage error for ${args.join(' ')}`);
}

describe('parseCheckArgs', () => {
  it('reads targets with the defaults', () => {
    expect(parseCheckArgs(['https://shop.example.nl', 'tcp://127.0.0.1:5432'], env)).toEqual({
      help: false,
      locale: { language: 'en', formality: 'formal' },
      json: false,
      timeoutMs: undefined,
      keyword: undefined,
      resolver: undefined,
      caFiles: [],
      targets: [
        {
          text: 'https://shop.example.nl',
          target: { kind: 'http', url: 'https://shop.example.nl/', host: 'shop.example.nl' },
        },
        { text: 'tcp://127.0.0.1:5432', target: { kind: 'tcp', host: '127.0.0.1', port: 5432 } },
      ],
    });
  });

  it('reads a bare domain as a website over https and host:port as a port, printing them spelled out', () => {
    const parsed = parseCheckArgs(
      ['bakkerijdezon.nl', 'www.bakkerijdezon.nl/shop', '192.168.1.20:9100'],
      env,
    );
    expect(parsed.help ? [] : parsed.targets).toEqual([
      {
        text: 'https://bakkerijdezon.nl',
        target: { kind: 'http', url: 'https://bakkerijdezon.nl/', host: 'bakkerijdezon.nl' },
      },
      {
        text: 'https://www.bakkerijdezon.nl/shop',
        target: { kind: 'http', url: 'https://www.bakkerijdezon.nl/shop', host: 'www.bakkerijdezon.nl' },
      },
      { text: 'tcp://192.168.1.20:9100', target: { kind: 'tcp', host: '192.168.1.20', port: 9100 } },
    ]);
  });

  it('reads every option', () => {
    const parsed = parseCheckArgs(
      [
        '--json',
        '--lang',
        'nl',
        '--informal',
        '--timeout',
        '2.5',
        '--keyword=Add to cart',
        '--resolver',
        '127.0.0.1:5353',
        '--ca',
        'a.pem',
        '--ca=b.pem',
        'dns://example.nl',
        'disk:///',
        'process://postgres',
        'service://cups',
        'tls://shop.example.nl',
      ],
      env,
    );
    expect(parsed).toMatchObject({
      help: false,
      locale: { language: 'nl', formality: 'informal' },
      json: true,
      timeoutMs: 2500,
      keyword: 'Add to cart',
      resolver: '127.0.0.1:5353',
      caFiles: ['a.pem', 'b.pem'],
    });
    expect(parsed.help === false && parsed.targets.map((target) => target.target.kind)).toEqual([
      'dns',
      'disk',
      'process',
      'service',
      'tls',
    ]);
  });

  it('takes the language from the system unless --lang says otherwise', () => {
    expect(parseCheckArgs(['dns://a.nl'], { LANG: 'nl_NL.UTF-8' }).locale.language).toBe('nl');
    expect(parseCheckArgs(['--lang', 'en', 'dns://a.nl'], { LANG: 'nl_NL.UTF-8' }).locale.language).toBe(
      'en',
    );
  });

  it('answers --help even without targets', () => {
    expect(parseCheckArgs(['--help'], env)).toEqual({
      help: true,
      locale: { language: 'en', formality: 'formal' },
    });
    expect(parseCheckArgs(['-h', '--lang', 'nl'], env)).toEqual({
      help: true,
      locale: { language: 'nl', formality: 'formal' },
    });
  });

  it('names what is wrong', () => {
    expect(usageErrorOf([])).toMatchObject({ code: 'no_targets' });
    expect(usageErrorOf(['--bogus', 'dns://a.nl'])).toMatchObject({
      code: 'unknown_option',
      params: { option: '--bogus' },
    });
    expect(usageErrorOf(['-x', 'dns://a.nl'])).toMatchObject({
      code: 'unknown_option',
      params: { option: '-x' },
    });
    expect(usageErrorOf(['--json=yes', 'dns://a.nl'])).toMatchObject({
      code: 'unexpected_value',
      params: { option: '--json' },
    });
    expect(usageErrorOf(['dns://a.nl', '--timeout'])).toMatchObject({
      code: 'missing_value',
      params: { option: '--timeout' },
    });
    expect(usageErrorOf(['--timeout', '-1', 'dns://a.nl'])).toMatchObject({ code: 'missing_value' });
    expect(usageErrorOf(['--lang', 'de', 'dns://a.nl'])).toMatchObject({
      code: 'invalid_lang',
      params: { value: 'de' },
    });
    expect(usageErrorOf(['--keyword=', 'dns://a.nl'])).toMatchObject({ code: 'invalid_keyword' });
    expect(usageErrorOf(['--ca=', 'dns://a.nl'])).toMatchObject({ code: 'ca_unreadable' });
    expect(usageErrorOf(['--resolver', 'dns.example.nl', 'dns://a.nl'])).toMatchObject({
      code: 'invalid_resolver',
      params: { value: 'dns.example.nl' },
    });
    expect(usageErrorOf(['ftp://files.example.nl'])).toMatchObject({
      code: 'invalid_target',
      params: { target: 'ftp://files.example.nl' },
      targetError: 'target_unknown_scheme',
    });
    expect(usageErrorOf(['dns://a.nl', 'tcp://127.0.0.1'])).toMatchObject({
      targetError: 'target_missing_port',
    });
  });

  it('accepts a timeout of 1 to 120 seconds only', () => {
    for (const bad of ['abc', '0', '0.5', '121', '1e3', '', ' ', 'Infinity', 'NaN']) {
      expect(usageErrorOf([`--timeout=${bad}`, 'dns://a.nl']), bad).toMatchObject({
        code: 'invalid_timeout',
        params: { value: bad },
      });
    }
    for (const [good, ms] of [
      ['1', 1000],
      ['120', 120_000],
      ['2.25', 2250],
    ] as const) {
      expect(parseCheckArgs(['--timeout', good, 'dns://a.nl'], env)).toMatchObject({ timeoutMs: ms });
    }
  });
});

describe('isResolverAddress', () => {
  it('takes an IP address with an optional port, as node:dns does', () => {
    for (const good of ['127.0.0.1', '127.0.0.1:5353', '::1', '[::1]:53', '[2001:db8::1]']) {
      expect(isResolverAddress(good), good).toBe(true);
    }
    for (const bad of [
      '',
      'localhost',
      'dns.example.nl:53',
      '127.0.0.1:0',
      '127.0.0.1:70000',
      '[::1]:x',
      '1.2.3',
    ]) {
      expect(isResolverAddress(bad), bad).toBe(false);
    }
  });
});
