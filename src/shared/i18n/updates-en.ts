import type { UpdateTexts } from './updates';

export const updatesEn: UpdateTexts = {
  tray: {
    restart: 'Restart to update',
    restartAsks: 'Restart to update…',
  },
  banner: {
    ready:
      'A new version of Back Online ({version}) is ready. Restarting takes a few seconds; watching carries on straight after.',
    readyDuringProblem:
      'A new version of Back Online ({version}) is ready. It can wait: it installs by itself the next time you quit Back Online, so nothing interrupts you while you deal with the problem.',
    restart: 'Restart to update',
    restarting: 'Back Online is restarting…',
    postponed: 'Fine: the update waits and installs by itself the next time you quit Back Online.',
    failed: 'The update could not be started. Back Online keeps working as it is; try again later.',
  },
  confirm: {
    title: 'Back Online',
    message: 'A problem is still open. Restart Back Online now to update?',
    detail:
      'While Back Online restarts, it stops watching for a few seconds. Your place in the recovery guide is kept. If you choose Later, the update installs by itself the next time you quit Back Online.',
    restartNow: 'Restart now',
    later: 'Later',
  },
};
