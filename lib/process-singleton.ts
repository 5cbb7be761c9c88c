/**
 * One value per Node.js process, whichever copy of a module asks. `next build` bundles every route
 * (and instrumentation) separately and each bundle evaluates its own copy of a module, so a
 * module-level `let` is per route: measured, every route built its own 30-day demo workspace
 * (~11 s and ~350 MB each) and its own query gateway, so the 5-concurrent-query limit and the
 * single-flight held per route, not per process. Values kept here cross bundles: code that receives
 * one must not rely on `instanceof` against its own copy of a class (see `brandedInstanceOf`).
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const key = Symbol.for(`active-active-dashboard:${name}`);
  const slots = globalThis as unknown as Record<symbol, T | undefined>;
  let value = slots[key];
  if (value === undefined) {
    value = create();
    slots[key] = value;
  }
  return value;
}

/**
 * `instanceof` that holds across bundles: true for any object carrying the class's brand, whichever
 * copy of the class made it. Use as `static [Symbol.hasInstance] = brandedInstanceOf(BRAND)`.
 */
export function brandedInstanceOf(brand: symbol): (value: unknown) => boolean {
  return (value) => typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}
