/** A parse task that did not finish: past its time budget, cancelled, or its worker died. */
export class TaskError extends Error {
  override readonly name = 'TaskError'
  constructor(readonly kind: 'timeout' | 'cancelled' | 'crashed', message: string) {
    super(message)
  }
}
