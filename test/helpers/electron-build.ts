/**
 * Builds the main process and the preload in memory with the project's own electron-vite config:
 * exactly the JavaScript the packaged app loads (out/main/index.js, out/preload/index.cjs).
 */
import { resolve } from 'node:path';
import { resolveConfig } from 'electron-vite';
import { build, type Rolldown } from 'vite';

export const projectRoot = resolve(import.meta.dirname, '../..');
export type Chunk = Rolldown.OutputChunk;

export async function buildInMemory(target: 'main' | 'preload'): Promise<Chunk[]> {
  const resolved = await resolveConfig(
    { root: projectRoot, configFile: resolve(projectRoot, 'electron.vite.config.ts'), logLevel: 'silent' },
    'build',
    'production',
  );
  const config = resolved.config?.[target];
  if (!config?.build) throw new Error(`no ${target} config`);
  config.build.write = false;
  config.logLevel = 'silent';
  const result = await build(config);
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((o) => o.output).filter((o): o is Chunk => o.type === 'chunk');
}
