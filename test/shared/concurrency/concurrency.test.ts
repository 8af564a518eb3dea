import { describe, expect, it } from 'vitest';
import {
  checkLiveLookupBudget,
  createConcurrencyLimit,
  mapBounded,
} from '../../../shared/concurrency';
import { AppError } from '../../../shared/problems';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('mapBounded', () => {
  it('keeps the input order and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapBounded([5, 1, 4, 2, 3], 2, async (value, index) => {
      running += 1;
      most = Math.max(most, running);
      for (let i = 0; i < value; i += 1) await tick();
      running -= 1;
      return `${index}:${value}`;
    });
    expect(results).toEqual(['0:5', '1:1', '2:4', '3:2', '4:3']);
    expect(most).toBe(2);
  });
});

describe('createConcurrencyLimit: one bound across callers', () => {
  it('lets at most `limit` pieces of work run, the others wait in arrival order', async () => {
    const limit = createConcurrencyLimit(2);
    const started: number[] = [];
    const releases: Array<() => void> = [];
    const work = (id: number) =>
      limit.run(
        () =>
          new Promise<number>((resolve) => {
            started.push(id);
            releases.push(() => resolve(id));
          }),
      );
    const all = Promise.all([work(1), work(2), work(3), work(4)]);
    await tick();
    expect(started).toEqual([1, 2]);
    expect(limit.waiting).toBe(2);
    releases.shift()?.();
    await tick();
    expect(started).toEqual([1, 2, 3]);
    while (releases.length > 0) {
      releases.shift()?.();
      await tick();
    }
    expect(await all).toEqual([1, 2, 3, 4]);
    expect(limit.active).toBe(0);
  });

  it('frees the slot of work that fails', async () => {
    const limit = createConcurrencyLimit(1);
    await expect(limit.run(() => Promise.reject(new Error('upstream')))).rejects.toThrow(
      'upstream',
    );
    expect(await limit.run(() => Promise.resolve('next'))).toBe('next');
  });
});

describe('checkLiveLookupBudget', () => {
  it('allows exactly the limit and refuses one more, naming both', () => {
    expect(() => checkLiveLookupBudget(100, 100, 'batch', ['references'])).not.toThrow();
    try {
      checkLiveLookupBudget(101, 100, 'batch', ['references']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: 'TOO_MANY_LIVE_LOOKUPS',
        path: ['references'],
        extensions: { limit: 'liveLookups', maximum: 100, requested: 101 },
      });
    }
  });
});
