/** A growable list of int32s: one typed array, doubled when full, no pointer per entry. */
export class IntList {
  data = new Int32Array(1024);
  length = 0;

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
