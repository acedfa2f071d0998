/** A growable list of int32s: one typed array, doubled when full, no pointer per entry. */
export class IntList {
  data: Int32Array;
  length = 0;

  /** `capacity`: room for this many entries before the first doubling (a known bound spares the copies). */
  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  at(i: number): number {
    return this.data[i]!;
  }

  /** A copy of exactly the entries pushed. */
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
