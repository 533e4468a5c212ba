import type { App } from 'electron';

/**
 * V8's young generation grows to 32 MiB per semi-space and keeps that memory once the garbage is gone;
 * a tray app runs all day, so every process of it gets a small one (the same flag bin/back-online.mjs
 * gives the command line). Measured in bench/scheduler.ts.
 */
export const YOUNG_GENERATION_JS_FLAGS = '--max-semi-space-size=2';

/**
 * V8 reads its flags once, when a process starts: a switch set from main's code only reaches the
 * processes started after it (the window's renderer), so starts the app does not control itself — the
 * login item, the desktop entry — pass it on the command line for the main process too.
 */
export const YOUNG_GENERATION_ARGUMENT = `--js-flags=${YOUNG_GENERATION_JS_FLAGS}`;

/** Before the app is ready, so the first renderer already starts with it. */
export function limitYoungGeneration(app: App): void {
  app.commandLine.appendSwitch('js-flags', YOUNG_GENERATION_JS_FLAGS); // eng-disable CUSTOM_ARGUMENTS_JS_CHECK: only V8's young-generation size, a memory limit, no debugging or sandbox switch
}
