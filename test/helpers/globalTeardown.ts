import fs from 'node:fs';
import type { FerretDbHandle } from '../../server/db/ferretdb';

export default async function globalTeardown() {
  const state = (globalThis as Record<string, unknown>).__FERRETDB__ as
    { handle: FerretDbHandle; dataDir: string } | undefined;
  if (!state) return;
  await state.handle.stop();
  fs.rmSync(state.dataDir, { recursive: true, force: true });
}
