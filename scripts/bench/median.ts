/** The median of the bench scripts' timings: the middle one, the lower middle one of an even count. */
export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
}
