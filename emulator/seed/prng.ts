/** A seeded pseudo-random generator returning floats in [0, 1). */
export type Prng = () => number;

/** mulberry32: small, fast and good enough for demo data; never Math.random. */
export function mulberry32(seed: number): Prng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, 32 bits. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Stable per-person seed, e.g. for a person's generated calendar. */
export function personSeed(orgSeed: number, personId: string): number {
  return hashString(`${orgSeed >>> 0}:${personId}`);
}

export function randomInt(rng: Prng, minInclusive: number, maxInclusive: number): number {
  return minInclusive + Math.floor(rng() * (maxInclusive - minInclusive + 1));
}

export function pick<T>(rng: Prng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Picks by relative weight. */
export function pickWeighted<T>(rng: Prng, items: readonly { value: T; weight: number }[]): T {
  const total = items.reduce((sum, i) => sum + i.weight, 0);
  let r = rng() * total;
  for (const item of items) {
    r -= item.weight;
    if (r < 0) return item.value;
  }
  const last = items[items.length - 1];
  if (!last) throw new Error('pick from an empty list');
  return last.value;
}

/** A GUID-shaped id; the last group carries `index` so ids never collide within one org. */
export function deterministicGuid(rng: Prng, index: number): string {
  const hex = (digits: number) =>
    Array.from({ length: digits }, () => Math.floor(rng() * 16).toString(16)).join('');
  const variant = (8 + Math.floor(rng() * 4)).toString(16);
  const tail = `${hex(4)}${(index >>> 0).toString(16).padStart(8, '0')}`;
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${tail}`;
}
