import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRunQueue } from '../../../src/export/run-queue.ts';

/** A run that stays open until the test finishes it. */
function controlledRuns() {
  const log: string[] = [];
  const open: (() => void)[] = [];
  let active = 0;
  let most = 0;
  const run = () => new Promise<void>((resolve) => {
    active++; most = Math.max(most, active); log.push('start');
    open.push(() => { active--; log.push('end'); resolve(); });
  });
  return { run, log, finish: async () => { open.shift()!(); await vi.advanceTimersByTimeAsync(0); }, most: () => most };
}

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

describe('createRunQueue', () => {
  it('merges a burst of saves into one run once they settle', async () => {
    const r = controlledRuns();
    const q = createRunQueue(r.run, 30);
    for (let i = 0; i < 5; i++) { q.changed(); await vi.advanceTimersByTimeAsync(10); }
    expect(r.log).toEqual([]);
    await vi.advanceTimersByTimeAsync(30);
    expect(r.log).toEqual(['start']);
    await r.finish();
    expect(r.log).toEqual(['start', 'end']);
  });

  it('never runs two at once: saves during a run queue exactly one follow-up', async () => {
    const r = controlledRuns();
    const q = createRunQueue(r.run, 30);
    q.now();
    for (let i = 0; i < 4; i++) { q.changed(); await vi.advanceTimersByTimeAsync(40); }
    expect(r.log).toEqual(['start']);
    await r.finish();
    expect(r.log).toEqual(['start', 'end', 'start']);
    await r.finish();
    await vi.advanceTimersByTimeAsync(100);
    expect(r.log).toEqual(['start', 'end', 'start', 'end']);
    expect(r.most()).toBe(1);
  });

  it('after close, no new run starts; idle() waits for the one under way', async () => {
    const r = controlledRuns();
    const q = createRunQueue(r.run, 30);
    q.now();
    q.changed();
    q.close();
    let idle = false;
    void q.idle().then(() => { idle = true; });
    await vi.advanceTimersByTimeAsync(100);
    expect(idle).toBe(false);
    await r.finish();
    expect(idle).toBe(true);
    expect(r.log).toEqual(['start', 'end']);
  });

  it('a failing run does not stop the queue', async () => {
    let calls = 0;
    const q = createRunQueue(async () => { calls++; throw new Error('bad'); }, 10);
    q.now();
    await vi.advanceTimersByTimeAsync(0);
    q.changed();
    await vi.advanceTimersByTimeAsync(20);
    expect(calls).toBe(2);
  });
});
