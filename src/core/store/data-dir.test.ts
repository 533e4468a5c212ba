import { describe, expect, it } from 'vitest';
import { dataPaths, defaultDataDir } from './data-dir';

describe('defaultDataDir', () => {
  it('follows XDG on Linux, falling back to ~/.config', () => {
    const home = '/home/anna';
    expect(defaultDataDir(undefined, { platform: 'linux', env: {}, home })).toBe(
      '/home/anna/.config/back-online',
    );
    expect(
      defaultDataDir(undefined, { platform: 'linux', env: { XDG_CONFIG_HOME: '/data/cfg' }, home }),
    ).toBe('/data/cfg/back-online');
    for (const ignored of ['', 'relative/cfg']) {
      expect(defaultDataDir(undefined, { platform: 'linux', env: { XDG_CONFIG_HOME: ignored }, home })).toBe(
        '/home/anna/.config/back-online',
      );
    }
    expect(defaultDataDir('Back Online Dev', { platform: 'freebsd', env: {}, home })).toBe(
      '/home/anna/.config/back-online-dev',
    );
  });

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir(undefined, { platform: 'darwin', env: {}, home: '/Users/anna' })).toBe(
      '/Users/anna/Library/Application Support/Back Online',
    );
  });

  it('uses %APPDATA% on Windows, falling back to the roaming profile folder', () => {
    const home = 'C:\\Users\\anna';
    expect(
      defaultDataDir(undefined, { platform: 'win32', env: { APPDATA: 'D:\\Profiles\\anna\\Roaming' }, home }),
    ).toBe('D:\\Profiles\\anna\\Roaming\\Back Online');
    expect(defaultDataDir(undefined, { platform: 'win32', env: {}, home })).toBe(
      'C:\\Users\\anna\\AppData\\Roaming\\Back Online',
    );
  });

  it('reads the real environment by default', () => {
    const dir = defaultDataDir();
    expect(dir.length).toBeGreaterThan(0);
    expect(dir.toLowerCase()).toContain('back');
  });
});

describe('dataPaths', () => {
  it('names the database and settings files inside the data folder', () => {
    expect(dataPaths('/data/back-online')).toEqual({
      database: '/data/back-online/back-online.db',
      settings: '/data/back-online/settings.json',
    });
  });
});
