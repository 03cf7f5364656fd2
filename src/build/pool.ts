/**
 * Runs `work` on every item with at most `limit` at a time, and returns the results in the
 * items' order, whatever order they finish in: so what is built from them is the same bytes
 * with one worker or many. The work here (sharp's PNG rendering) runs on libuv's thread pool,
 * so a few calls in flight keep both cores busy without worker threads.
 */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i] as T, i);
    }
  };
  const lanes = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
  await Promise.all(Array.from({ length: lanes }, lane));
  return results;
}
