import { describe, expect, it } from 'vitest';
import { formatBytes, freeBytes, isStorageLow } from '../../../shared/storage';

const MB = 1024 * 1024;
const GB = 1024 * MB;

describe('storage space', () => {
  it('warns when less than 500 MB or less than 10 % is left', () => {
    expect(isStorageLow({ usage: 1 * GB, quota: 100 * GB })).toBe(false);
    expect(isStorageLow({ usage: 0, quota: 400 * MB })).toBe(true); // under 500 MB in all
    expect(isStorageLow({ usage: 91 * GB, quota: 100 * GB })).toBe(true); // 9 % left
    expect(isStorageLow({ usage: 89 * GB, quota: 100 * GB })).toBe(false); // 11 % and 11 GB left
    expect(isStorageLow({ usage: 9.7 * GB, quota: 10 * GB })).toBe(true);
  });

  it('says nothing when the browser cannot tell', () => {
    expect(isStorageLow(undefined)).toBe(false);
    expect(isStorageLow({ usage: 10 })).toBe(false);
    expect(freeBytes({ usage: 10, quota: 0 })).toBeNull();
    expect(freeBytes({ usage: 20, quota: 10 })).toBe(0);
  });

  it('writes sizes the Swedish way', () => {
    expect(formatBytes(0)).toBe('0\u00a0byte');
    expect(formatBytes(900)).toBe('900\u00a0byte');
    expect(formatBytes(1536)).toBe('1,5\u00a0kB');
    expect(formatBytes(12.34 * MB)).toBe('12\u00a0MB');
    expect(formatBytes(1.25 * GB)).toBe('1,3\u00a0GB');
    expect(formatBytes(Number.NaN)).toBe('–');
  });
});
