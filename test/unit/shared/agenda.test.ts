import { describe, expect, it } from 'vitest';
import {
  defaultInsertPosition,
  numberItems,
  orderItems,
  overrunMinutes,
  positionForMove,
  positionsAfter,
  scheduleItems,
} from '../../../shared/domain/agenda';

const positions = positionsAfter(null, 5);
const item = (id: string, index: number, minutes = 10, extra: Record<string, unknown> = {}) => ({
  id,
  position: positions[index]!,
  deletedAt: null as string | null,
  minutes,
  origin: null as null | { kind: 'standard'; note: string; topicId: null; meetingId: null; itemId: null },
  ...extra,
});

describe('agenda rules', () => {
  it('orders by position, leaves deleted items out and numbers 1, 2, 3 or § through the year', () => {
    const items = [item('c', 2), item('a', 0), item('x', 1, 10, { deletedAt: '2024-01-01' }), item('b', 1)];
    expect(orderItems(items).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect([...numberItems(items, 'sequential')]).toEqual([['a', '1'], ['b', '2'], ['c', '3']]);
    expect([...numberItems(items, 'section', 14)]).toEqual([['a', '§ 14'], ['b', '§ 15'], ['c', '§ 16']]);
  });

  it('computes clock times from the start and planned minutes, and the overrun', () => {
    const items = [item('a', 0, 5), item('b', 1, 50), item('c', 2, 20)];
    expect(scheduleItems(items, '09:00')).toEqual([
      { id: 'a', start: '09:00', end: '09:05' },
      { id: 'b', start: '09:05', end: '09:55' },
      { id: 'c', start: '09:55', end: '10:15' },
    ]);
    expect(overrunMinutes(items, '09:00', '12:00')).toBe(0);
    expect(overrunMinutes(items, '09:00', '10:00')).toBe(15);
  });

  it('moves an item to any index by changing only its own position', () => {
    const items = [item('a', 0), item('b', 1), item('c', 2)];
    const toFront = positionForMove(items, 'c', 0)!;
    expect(orderItems(items.map((i) => (i.id === 'c' ? { ...i, position: toFront } : i))).map((i) => i.id)).toEqual(['c', 'a', 'b']);
    const toEnd = positionForMove(items, 'a', 2)!;
    expect(orderItems(items.map((i) => (i.id === 'a' ? { ...i, position: toEnd } : i))).map((i) => i.id)).toEqual(['b', 'c', 'a']);
    expect(positionForMove(items, 'b', 1)).toBeNull();
  });

  it('puts a new item before the closing standard items', () => {
    const closing = { kind: 'standard' as const, note: 'closing', topicId: null, meetingId: null, itemId: null };
    const items = [item('open', 0), item('other', 1, 10, { origin: closing }), item('close', 2, 10, { origin: closing })];
    const position = defaultInsertPosition(items);
    expect(orderItems([...items, item('new', 0, 10, { position })]).map((i) => i.id)).toEqual(['open', 'new', 'other', 'close']);
  });
});
