/** How several URLs are traced: a few at a time, each answer written in the order given, a failure stopping the run. */
import { inOrder } from '../../src/cli/trace';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('results are written in the order of the items, with at most `limit` under way', async () => {
  let active = 0;
  let most = 0;
  const written: number[] = [];
  const durations = [40, 5, 30, 1, 20, 1, 10, 1];
  await inOrder(
    durations.map((ms, i) => [ms, i] as const),
    3,
    async ([ms, i]) => {
      active++;
      most = Math.max(most, active);
      await delay(ms);
      active--;
      return i;
    },
    (i) => written.push(i),
  );
  expect(written).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  expect(most).toBe(3);
});

test('a result that cannot be written stops the run: the error is thrown, later items are not started', async () => {
  const started: number[] = [];
  const run = inOrder(
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    2,
    async (i) => {
      started.push(i);
      await delay(5);
      return i;
    },
    (i) => {
      if (i === 2) throw new Error('reader gone');
    },
  );
  await expect(run).rejects.toThrow('reader gone');
  expect(started.length).toBeLessThan(10);
});

test('a failing item does not hang the run, nor count as an unhandled rejection', async () => {
  const written: number[] = [];
  const run = inOrder(
    [0, 1, 2, 3],
    2,
    async (i) => {
      if (i === 1) throw new Error('bug');
      await delay(10);
      return i;
    },
    (i) => written.push(i),
  );
  await expect(run).rejects.toThrow('bug');
  expect(written).toEqual([0]);
});
