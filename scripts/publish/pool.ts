/**
 * Runs tasks at most `limit` at a time, in order of the list. After a failure no new task starts
 * (the running ones finish, so their outputs are stored whole), and the failure of the earliest
 * failed task in the list is thrown: the same error a one-at-a-time run would have reported.
 */
export async function runPooled<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  const failures: { index: number; error: unknown }[] = [];
  let next = 0;
  const worker = async () => {
    while (failures.length === 0 && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index]);
      } catch (error) {
        failures.push({ index, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failures.length > 0) throw failures.sort((a, b) => a.index - b.index)[0].error;
  return results;
}
