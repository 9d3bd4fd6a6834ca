/**
 * Working with backup files in tests: read one as JSON, change it, and seal it again (recompute each
 * table's checksum), as someone crafting a hostile file would, so the checks behind the checksum
 * are exercised too.
 */
import { tableChecksum } from '../../shared/backup';

export interface BackupJson {
  tables: { name: string; rowCount: number; sha256: string; rows: unknown[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

export const backupJson = (bytes: Uint8Array): BackupJson => JSON.parse(new TextDecoder().decode(bytes)) as BackupJson;

/** Recomputes every table's checksum (not its rowCount) and returns the file's bytes. */
export async function sealed(file: unknown): Promise<Uint8Array> {
  const copy = structuredClone(file) as Partial<BackupJson>;
  if (Array.isArray(copy.tables)) {
    for (const table of copy.tables) {
      if (table && typeof table === 'object' && Array.isArray(table.rows)) {
        table.sha256 = await tableChecksum(table.rows.map((row) => JSON.stringify(row)));
      }
    }
  }
  return new TextEncoder().encode(JSON.stringify(copy));
}
