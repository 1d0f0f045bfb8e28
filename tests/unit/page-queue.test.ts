import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHUNK_PAGES, chunkCount, chunkPositions, chunkStarts, claimChunk, pageQueue } from '../../scripts/content/load/page-queue.ts';

test('chunks cover every page once, in order, full-sized first and shrinking to the end', () => {
  for (const pages of [0, 1, 7, 8, 63, 64, 65, 615, 10_014]) {
    const starts = chunkStarts(pages);
    assert.equal(starts[0], 0);
    assert.equal(starts.at(-1), pages);
    assert.equal(chunkCount(pages), starts.length - 1);
    const sizes = starts.slice(1).map((end, i) => end - starts[i]);
    assert.ok(sizes.every((size) => size > 0 && size <= CHUNK_PAGES), `sizes of ${pages}: ${sizes}`);
    // Never growing: the last chunks are the smallest, so the threads end close together.
    assert.ok(sizes.every((size, i) => i === 0 || size <= sizes[i - 1]), `sizes of ${pages}: ${sizes}`);
  }
  const sizes = (pages: number) => chunkStarts(pages).slice(1).map((end, i, ends) => end - (i === 0 ? 0 : ends[i - 1]));
  assert.equal(sizes(10_014)[0], CHUNK_PAGES);
  assert.ok(sizes(10_014).at(-2)! <= 8, 'the tail of a large queue is small chunks');
  assert.ok(sizes(615).filter((size) => size < CHUNK_PAGES).length >= 10, 'a real site of 615 pages ends in many small chunks');
});

test('claimed chunks hand out each position once', () => {
  const queue = pageQueue(Array.from({ length: 300 }, (_, i) => `p${i}.md`));
  const positions: number[] = [];
  for (let chunk = claimChunk(queue); chunk !== undefined; chunk = claimChunk(queue)) positions.push(...chunkPositions(queue, chunk));
  assert.deepEqual(positions, Array.from({ length: 300 }, (_, i) => i));
});
