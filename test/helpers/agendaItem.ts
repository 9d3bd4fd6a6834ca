/** An agenda item's input as the item dialog sends it: an information item, nothing filled in but what is given. */
import type { addItem } from '../../renderer/db/agenda';

export type ItemInput = Parameters<typeof addItem>[2];

export const itemInput = (title: string, minutes = 15, extra: Partial<ItemInput> = {}): ItemInput => ({
  title,
  kind: 'information',
  minutes,
  description: '',
  presenters: [],
  subPoints: [],
  links: [],
  timeSlotId: null,
  ...extra,
});
