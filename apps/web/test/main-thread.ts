import type { Browser, Page } from 'playwright-core';

/** One piece of work of the page's main thread: its wall time and the CPU time the thread itself spent (ms). */
export interface MainThreadWork {
  name: string;
  wall: number;
  cpu: number;
}

export interface MainThreadTrace {
  /** Every task the main thread ran. */
  tasks: MainThreadWork[];
  /** The page's own scripts: event listeners, timers, messages from a worker, module and script evaluation. */
  scripts: MainThreadWork[];
}

/** Trace events where the page's own script runs (microtasks a script queues run inside its event). */
const SCRIPT_EVENTS = new Set([
  'EventDispatch',
  'FunctionCall',
  'TimerFire',
  'HandlePostMessage',
  'FireAnimationFrame',
  'FireIdleCallback',
  'EvaluateScript',
  'v8.evaluateModule',
]);

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * What the page's main thread did while `action` ran, from Chromium's trace. CPU time is the thread's own
 * (`tdur`), so a machine busy with other work (a CI run of every suite on two cores) stretches wall time, not it.
 */
export async function traceMainThread(
  browser: Browser,
  page: Page,
  action: () => Promise<void>,
): Promise<MainThreadTrace> {
  await browser.startTracing(page, {
    categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  let buffer: Buffer;
  try {
    await action();
  } finally {
    buffer = await browser.stopTracing();
  }
  const parsed = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mainThreads = new Set(
    events
      .filter(
        (event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
      )
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const work = (event: TraceEvent): MainThreadWork => ({
    name: event.name,
    wall: (event.dur ?? 0) / 1000,
    cpu: (event.tdur ?? 0) / 1000,
  });
  const onMain = events.filter((event) => event.ph === 'X' && mainThreads.has(`${event.pid}:${event.tid}`));
  return {
    tasks: onMain.filter((event) => event.name === 'ThreadControllerImpl::RunTask').map(work),
    scripts: onMain.filter((event) => SCRIPT_EVENTS.has(event.name)).map(work),
  };
}

/** The longest by CPU time, and the five longest for a failure's message. */
export function longest(work: readonly MainThreadWork[]): { cpu: number; top: string } {
  const sorted = [...work].sort((a, b) => b.cpu - a.cpu);
  return {
    cpu: sorted[0]?.cpu ?? 0,
    top: sorted
      .slice(0, 5)
      .map((item) => `${item.name} ${Math.round(item.cpu)} ms CPU / ${Math.round(item.wall)} ms wall`)
      .join('; '),
  };
}
