/** A set of callbacks; one that throws is reported and does not keep the others from hearing the news. */
export class Listeners<T> {
  private readonly callbacks = new Set<(value: T) => void>();

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Returns the function that unsubscribes. */
  add(callback: (value: T) => void): () => void {
    this.callbacks.add(callback);
    return () => {
      this.callbacks.delete(callback);
    };
  }

  emit(value: T): void {
    for (const callback of this.callbacks) {
      try {
        callback(value);
      } catch (error) {
        this.onError(error);
      }
    }
  }
}
