/** A plain object (`{}` or JSON-made): not an array, a class instance, a Map or a null-prototype object. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

/**
 * Sets a key without ever reaching an object prototype (`__proto__` stays an own key). Of
 * `Object.prototype`'s properties only `__proto__` is a setter, so any other key is assigned
 * plainly: `defineProperty` for every key of every decoded value was a hot spot of each keystroke.
 */
export function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  else target[key] = value;
}
