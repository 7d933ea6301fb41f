// A small seeded pseudo-random generator (mulberry32), so that the demo is the same on every install
// for the same `now`. Also the draws the measurement series need (binomial, Poisson) and
// deterministic cuid-shaped ids, so that every table can be written with createMany.

export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
  normal(mean: number, sd: number): number;
  binomial(n: number, p: number): number;
  poisson(lambda: number): number;
};

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (mean: number, sd: number): number => {
    // Box–Muller; 1 - next() keeps the logarithm finite.
    const u = 1 - next();
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)],
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy;
    },
    normal,
    binomial: (n, p) => {
      const probability = Math.min(1, Math.max(0, p));
      if (n > 400) return Math.min(n, Math.max(0, Math.round(normal(n * probability, Math.sqrt(n * probability * (1 - probability))))));
      let count = 0;
      for (let i = 0; i < n; i++) if (next() < probability) count++;
      return count;
    },
    poisson: (lambda) => {
      if (lambda <= 0) return 0;
      if (lambda > 50) return Math.max(0, Math.round(normal(lambda, Math.sqrt(lambda))));
      // Knuth's method.
      const limit = Math.exp(-lambda);
      let k = 0;
      let product = next();
      while (product > limit) {
        k++;
        product *= next();
      }
      return k;
    },
  };
  return rng;
}

const ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** Ids shaped like a cuid ("c" + 24 lowercase base-36 characters), drawn from their own stream. */
export function createIdFactory(seed: number): () => string {
  const rng = createRng(seed);
  const seen = new Set<string>();
  return () => {
    for (;;) {
      let id = "c";
      for (let i = 0; i < 24; i++) id += ID_ALPHABET[Math.floor(rng.next() * 36)];
      if (!seen.has(id)) {
        seen.add(id);
        return id;
      }
    }
  };
}
