import { describe, expect, it } from 'vitest';
import { rendererLocation } from './app-origin';

describe('rendererLocation', () => {
  it('serves the built bundle as app://bundle and trusts nothing else', () => {
    const location = rendererLocation({ devServerUrl: undefined, isPackaged: true });
    expect(location).toMatchObject({ kind: 'bundle', entryUrl: 'app://bundle/index.html' });
    expect(location.isAppUrl('app://bundle/index.html#/incident/1')).toBe(true);
    expect(location.isAppUrl('app://bundle')).toBe(true);
    for (const foreign of [
      'app://other/index.html',
      'app://bundle:8080/index.html',
      'app://user@bundle/index.html',
      'https://bundle/index.html',
      'file:///index.html',
      'http://localhost:5173/',
      'not a url',
      '',
    ]) {
      expect(location.isAppUrl(foreign), foreign).toBe(false);
    }
  });

  it('uses a loopback dev server only in an unpackaged app, including its hot-reload socket', () => {
    const location = rendererLocation({ devServerUrl: 'http://localhost:5173/', isPackaged: false });
    expect(location).toMatchObject({ kind: 'dev-server', entryUrl: 'http://localhost:5173/' });
    expect(location.isAppUrl('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(location.isAppUrl('ws://localhost:5173/')).toBe(true);
    expect(location.isAppUrl('http://localhost:5174/')).toBe(false);
    expect(location.isAppUrl('https://localhost:5173/')).toBe(false);
    expect(location.isAppUrl('app://bundle/index.html')).toBe(false);
  });

  it('ignores the dev server variable in a packaged app and for anything but loopback http', () => {
    expect(rendererLocation({ devServerUrl: 'http://localhost:5173/', isPackaged: true }).kind).toBe(
      'bundle',
    );
    for (const devServerUrl of [
      'https://evil.example/',
      'http://192.168.1.9:5173/',
      'file:///tmp/x',
      'http://a:b@localhost/',
      'junk',
    ]) {
      expect(rendererLocation({ devServerUrl, isPackaged: false }).kind, devServerUrl).toBe('bundle');
    }
  });
});
