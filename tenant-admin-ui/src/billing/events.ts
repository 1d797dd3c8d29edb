/** Tells the usage banner to look again after the subscription changed (a new plan lifts its limits). */
type Listener = () => void;
const listeners = new Set<Listener>();

export function onBillingChanged(fn: Listener): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function billingChanged(): void {
  listeners.forEach((fn) => fn());
}
