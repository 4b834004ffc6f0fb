/**
 * Content does not change during a production build, yet every page asks for the same lists (settings, the
 * campaign, every entry for related entries): each is made once per build and shared, so a page costs the
 * same however many entries there are. `astro dev` makes them afresh on every call, as content changes while
 * it runs. Callers share the value: they must not change it.
 */
export function oncePerBuild<Key, Value>(make: (key: Key) => Promise<Value>): (key: Key) => Promise<Value> {
  const made = new Map<Key, Promise<Value>>();
  return (key) => {
    if (import.meta.env.DEV) return make(key);
    let value = made.get(key);
    if (!value) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
