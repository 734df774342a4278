/**
 * Items with a start offset, sorted, and the ones starting in a range by binary search: the excerpt asks "which
 * facts lie in this sentence / clause" once per sentence and clause, which must not cost a pass over all facts.
 */
export class ByStart<T extends { start: number }> {
  readonly items: T[];

  constructor(items: readonly T[]) {
    this.items = [...items].sort((a, b) => a.start - b.start);
  }

  /** Items whose start lies in [from, to). */
  within(from: number, to: number): T[] {
    const out: T[] = [];
    for (let i = this.lowerBound(from); i < this.items.length; i++) {
      const item = this.items[i] as T;
      if (item.start >= to) break;
      out.push(item);
    }
    return out;
  }

  /** True when some item starts in [from, to). */
  any(from: number, to: number): boolean {
    const i = this.lowerBound(from);
    return i < this.items.length && (this.items[i] as T).start < to;
  }

  private lowerBound(offset: number): number {
    let low = 0;
    let high = this.items.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.items[mid] as T).start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
