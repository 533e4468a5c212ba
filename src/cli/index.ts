import { cliCatalogs } from '../shared/i18n/cli';
import { pickCatalog } from '../shared/i18n/interpolate';
import { processIo } from './cli-io';
import { requestedLocale } from './cli-locale';
import { EXIT_CODES } from './exit-codes';
import { runCli } from './run-cli';

const args = process.argv.slice(2);
const io = processIo();

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

async function exit(code: number): Promise<never> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  // exit explicitly: a socket a check left half-closed must not keep the command waiting
  process.exit(code);
}

/** A fault that escaped every handler (e.g. an error event on a stray socket) still ends in one translated line. */
function crashed(): void {
  const texts = pickCatalog(cliCatalogs, requestedLocale(args, io.env));
  io.writeErr(`${texts.program}: ${texts.internalError}\n`);
  void exit(EXIT_CODES.internal);
}

process.on('uncaughtException', crashed);
process.on('unhandledRejection', crashed);

await exit(await runCli(args, io));
