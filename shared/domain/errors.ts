/**
 * A rule was broken. The message is Swedish and written for the person at the keyboard; `field`
 * names the input it concerns so a form can put the message beside it.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof Error && error.name === 'DomainError';
}
