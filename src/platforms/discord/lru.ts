/** A bounded set that forgets the oldest entries first: interaction ids already handled. */
export class SeenSet {
  readonly #items = new Set<string>();
  constructor(private readonly max = 5000) {}

  /** True the first time an id is offered, false for a replay. */
  add(id: string): boolean {
    if (this.#items.has(id)) return false;
    this.#items.add(id);
    if (this.#items.size > this.max) {
      const oldest = this.#items.values().next().value;
      if (oldest !== undefined) this.#items.delete(oldest);
    }
    return true;
  }

  has(id: string): boolean {
    return this.#items.has(id);
  }
}

/** A small bounded map (DM channel ids per user). */
export class BoundedMap<K, V> {
  readonly #items = new Map<K, V>();
  constructor(private readonly max = 10_000) {}
  get(k: K): V | undefined {
    return this.#items.get(k);
  }
  set(k: K, v: V): void {
    this.#items.delete(k);
    this.#items.set(k, v);
    if (this.#items.size > this.max) {
      const oldest = this.#items.keys().next().value;
      if (oldest !== undefined) this.#items.delete(oldest);
    }
  }
}
