// A zod schema built the first time it is used. Building zod schemas takes time, and a module that
// defines them at its top level builds them as it loads: the editor page paid about 50 ms for the
// documents' and run events' schemas as it started, before it parsed anything with them.
// `lazySchema(() => z.object(…))` has the schema's type and answers as the schema does (a proxy
// in front of it); the first use builds it, and schemas built from other lazy ones build those
// as they are needed. Only a browser page defers the building: elsewhere (the hub, runners,
// workers, tests) a schema is built at once, as before, so no first message pays for it (the hub
// parses a run's first events while it decides when to cancel it).

/** Whether schemas wait for their first use: on a browser page, where they cost its start. */
const DEFERRED = 'document' in globalThis;

/** `build()`'s schema, built on first use. */
export function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined = DEFERRED ? undefined : build();
  const built = (): T => (schema ??= build());
  return new Proxy(Object.create(null) as T, {
    get: (_target, key) => Reflect.get(built(), key),
    set: (_target, key, value) => Reflect.set(built(), key, value),
    has: (_target, key) => Reflect.has(built(), key),
    ownKeys: () => Reflect.ownKeys(built()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(built(), key);
      // The proxy's own target has none of these keys: it may only report them as configurable.
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_target, key, descriptor) => Reflect.defineProperty(built(), key, descriptor),
    deleteProperty: (_target, key) => Reflect.deleteProperty(built(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(built()),
  });
}
