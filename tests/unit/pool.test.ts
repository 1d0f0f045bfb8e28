/** Units building at once: the pool's limit, its order, its failure, and how many jobs. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runPooled } from '../../scripts/publish/pool.ts';
import { unitJobs } from '../../scripts/publish/unit-jobs.ts';

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('at most `limit` tasks run at once, and results keep the order of the list', async () => {
  let running = 0;
  let most = 0;
  const results = await runPooled([1, 2, 3, 4, 5], 2, async (n) => {
    running += 1;
    most = Math.max(most, running);
    for (let i = 0; i < 6 - n; i++) await tick();
    running -= 1;
    return n * 10;
  });
  assert.deepEqual(results, [10, 20, 30, 40, 50]);
  assert.equal(most, 2);
});

test('after a failure no task starts, the running ones finish, and the earliest failure in the list is thrown', async () => {
  const started: number[] = [];
  const finished: number[] = [];
  await assert.rejects(
    runPooled([1, 2, 3, 4], 2, async (n) => {
      started.push(n);
      for (let i = 0; i < (n === 1 ? 5 : 1); i++) await tick();
      if (n <= 2) throw new Error(`task ${n}`);
      finished.push(n);
    }),
    /task 1/,
  );
  assert.deepEqual(started, [1, 2]);
});

test('jobs: FAQ_UNIT_JOBS wins; otherwise cores, bounded by free memory', () => {
  assert.equal(unitJobs({ FAQ_UNIT_JOBS: '3' }, 2, 100), 3);
  assert.equal(unitJobs({}, 2, 64_000), 2);
  assert.equal(unitJobs({}, 8, 7_000), 2);
  assert.equal(unitJobs({}, 2, 1_000), 1);
});
