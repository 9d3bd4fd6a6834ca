/**
 * The gate for input: parses with a zod schema and turns the first problem into a DomainError
 * with a Swedish message and the name of the field, so a form can show it where it belongs.
 */
import type { z } from 'zod';
import { DomainError } from './errors';

function swedishMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string'
        ? `Texten är för lång (högst ${String(issue.maximum)} tecken).`
        : issue.origin === 'array'
          ? `Det får vara högst ${String(issue.maximum)} stycken.`
          : `Värdet får vara högst ${String(issue.maximum)}.`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? 'Fältet måste fyllas i.'
        : issue.origin === 'string'
          ? `Texten är för kort (minst ${String(issue.minimum)} tecken).`
          : `Värdet måste vara minst ${String(issue.minimum)}.`;
    case 'invalid_type':
      return 'Fältet saknas eller har fel form.';
    case 'invalid_value':
      return 'Välj ett av alternativen.';
    case 'custom':
      return issue.message;
    default:
      return 'Ogiltigt värde.';
  }
}

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
  throw new DomainError(swedishMessage(issue), field);
}
