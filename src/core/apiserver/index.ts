export { storeAsyncActor, type StoreOptions, type StoreResult } from './store-async-actor.ts';
export type { CrdViolation, ObjectPath } from './apply-crd-schema.ts';
export { canonicalQuantity } from './quantity.ts';
export { podFieldNames, type DecodeError, type DroppedField } from './decode-pod-template.ts';
