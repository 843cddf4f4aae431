// A small seeded generator (mulberry32): the same seed gives the same sandbox, byte for byte. Never Math.random.
// A class rather than closures: tens of thousands of customers each get their own stream, and closures cost.

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  weighted<T>(items: readonly { value: T; weight: number }[]): T {
    let total = 0;
    for (const item of items) total += item.weight;
    let roll = this.next() * total;
    for (const item of items) {
      roll -= item.weight;
      if (roll < 0) return item.value;
    }
    return this.pick(items).value;
  }

  /** A version-4-shaped GUID. */
  guid(): string {
    const a = this.word();
    const b = this.word();
    const c = this.word();
    const d = this.word();
    const variant = HEX_BYTES[0x80 | ((c >>> 24) & 0x3f)] as string;
    return (
      hexWord(a) +
      '-' +
      hexByte(b >>> 24) +
      hexByte(b >>> 16) +
      '-4' +
      (HEX_BYTES[(b >>> 8) & 0x0f] as string).slice(1) +
      hexByte(b) +
      '-' +
      variant +
      hexByte(c >>> 16) +
      '-' +
      hexByte(c >>> 8) +
      hexByte(c) +
      hexWord(d)
    );
  }

  /** An instant between two others, to the second or to the day. */
  date(from: Date, to: Date, precision: 'day' | 'second'): Date {
    const instant = from.getTime() + Math.floor(this.next() * (to.getTime() - from.getTime()));
    const unit = precision === 'second' ? 1000 : 86_400_000;
    return new Date(Math.floor(instant / unit) * unit);
  }

  private word(): number {
    return Math.floor(this.next() * 0x100000000) >>> 0;
  }
}

const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hexByte = (value: number) => HEX_BYTES[value & 0xff] as string;
const hexWord = (value: number) => hexByte(value >>> 24) + hexByte(value >>> 16) + hexByte(value >>> 8) + hexByte(value);

/** Mixes two numbers into a seed, so that each customer gets its own stream whatever the customer count. */
export function mixSeed(seed: number, salt: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt >>> 0, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}
