/**
 * A memo table that forgets. It keeps two generations: new entries go into the current one, and
 * when that holds `limit` entries it becomes the previous one and the old previous is dropped. An
 * entry found in the previous generation is copied forward, so texts that keep coming back (a trust
 * base's sections, read again at every school) stay, while a long run of different policies does
 * not keep every text it has seen. Values are never `undefined`.
 */
export class TextCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const v = this.current.get(key);
    if (v !== undefined || this.previous.size === 0) return v;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }

  /** The value for `key`, made once while it is remembered. */
  remember(key: K, make: (key: K) => V): V {
    let v = this.get(key);
    if (v === undefined) {
      v = make(key);
      this.set(key, v);
    }
    return v;
  }

  clear(): void {
    this.current = new Map();
    this.previous = new Map();
  }
}

/**
 * Entries per generation for tables keyed by a prose block, chunk or sentence text: a large policy
 * has about 120 distinct ones, so a trust base and one school's own texts fit several times over.
 */
export const TEXTS_REMEMBERED = 1000;

/** Entries per generation for tables keyed by a whole section (about 25 in a policy). */
export const SECTIONS_REMEMBERED = 250;
