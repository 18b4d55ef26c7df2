/**
 * What a lane or a member has booked: sorted, disjoint `[start, end)` intervals of wall-clock minutes. A
 * booked operation holds its lane and member across its pauses, so bookings are wall-clock, not working time.
 */
import type { Interval } from './calendar';

export class Timeline {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** The first booking that overlaps `[start, end)`, or null when the span is free. */
  clash(start: number, end: number): Interval | null {
    // The first booking ending after `start` is the only candidate: the ones after it start later still.
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < this.starts.length && this.starts[lo]! < end) return [this.starts[lo]!, this.ends[lo]!];
    return null;
  }

  book(start: number, end: number): void {
    if (end <= start) return;
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    this.starts.splice(lo, 0, start);
    this.ends.splice(lo, 0, end);
  }

  /** Takes back a booking made with `book` (a quote's tentative placement). */
  unbook(start: number, end: number): void {
    const i = this.starts.findIndex((s, k) => s === start && this.ends[k] === end);
    if (i >= 0) {
      this.starts.splice(i, 1);
      this.ends.splice(i, 1);
    }
  }

  get size(): number {
    return this.starts.length;
  }
}
