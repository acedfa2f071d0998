/**
 * Union-find over any values, with path halving. `union(keep, drop)` makes
 * `keep` the representative, so the caller decides (deterministically) which
 * member names a set.
 */
export class UnionFind<T> {
  private readonly parent = new Map<T, T>();

  find(x: T): T {
    let p = this.parent.get(x);
    while (p !== undefined) {
      const grand = this.parent.get(p);
      if (grand !== undefined) this.parent.set(x, grand);
      x = p;
      p = this.parent.get(x);
    }
    return x;
  }

  /** Joins the set of `drop` into the set of `keep`; both must be representatives. */
  union(keep: T, drop: T): void {
    if (keep !== drop) this.parent.set(drop, keep);
  }

  /** Whether any union happened. */
  get size(): number {
    return this.parent.size;
  }
}
