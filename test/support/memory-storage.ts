// An in-memory localStorage for store tests in Node.

/** A Storage whose keys are also own properties, as in browsers (Object.keys(localStorage)). */
export function memoryStorage(): Storage & { clear(): void } {
  const data = new Map<string, string>();
  const api = {
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, String(v)),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
  };
  return new Proxy(api, {
    ownKeys: () => [...data.keys()],
    getOwnPropertyDescriptor: (_t, k) => (typeof k === 'string' && data.has(k) ? { enumerable: true, configurable: true, value: data.get(k) } : undefined),
    get: (t, k) => (typeof k === 'string' && !(k in t) ? data.get(k) : Reflect.get(t, k)),
    set: (_t, k, v) => (typeof k === 'string' ? (data.set(k, String(v)), true) : false),
    has: (t, k) => (typeof k === 'string' && data.has(k)) || k in t,
    deleteProperty: (_t, k) => (typeof k === 'string' ? data.delete(k) : false),
  }) as unknown as Storage & { clear(): void };
}
