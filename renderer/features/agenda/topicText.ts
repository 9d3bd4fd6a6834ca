import { formatDate, isIsoDate } from '../../../shared/domain/dates';
import type { WantedBy } from '../../../shared/domain/meeting';

/** "hösten 2024", "3 oktober 2024", or a dash when no wish is given. */
export function wantedByText(wanted: WantedBy, meetingDate?: (id: string) => string | undefined): string {
  switch (wanted.kind) {
    case 'date':
      return isIsoDate(wanted.value) ? formatDate(wanted.value) : wanted.value;
    case 'meeting':
      return meetingDate?.(wanted.value) ?? 'ett visst möte';
    case 'term':
      return wanted.value;
    default:
      return '–';
  }
}
