/**
 * The one-way flow of imports is enforced by lint (eslint.config.js); these probes check that the
 * rules really refuse what they should, so that a change to the config cannot quietly disable them.
 * @vitest-environment node
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rules `code` breaks when it is written at `filePath`. */
async function brokenRules(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint holds every layer', { timeout: 30_000 }, () => {
  // The first lint loads the config, the parsers and the import graph: seconds on a busy machine.
  beforeAll(() => eslint.lintText('', { filePath: 'src/core/probe.ts' }), 120_000);

  it.each([
    ['src/components/probe.ts', "export { NotFoundScreen } from '../screens/not-found-screen.tsx';"],
    ['src/screens/probe.ts', "export { boot } from '../app/boot.ts';"],
    ['src/store/probe.ts', "export { LazyPart } from '../components/lazy-part.tsx';"],
    ['src/store/probe.ts', "export { LANG_NAMES } from '../i18n/lang.ts';"],
    ['src/core/probe.ts', "export { UNDO_LIMIT } from '../store/grade-history.ts';"],
    ['src/i18n/probe.ts', "export { createAppStore } from '../store/app-store.ts';"],
  ])('%s may not import %s', async (file, code) => {
    expect(await brokenRules(file, code)).toContain('import-x/no-restricted-paths');
  });

  it('allows what flows one way', async () => {
    expect(await brokenRules('src/screens/probe.ts', "export { UndoButton } from '../components/undo-button.tsx';")).toEqual([]);
  });

  it('refuses a cycle of value imports', async () => {
    // src/app/boot.ts imports mount.tsx; mount.tsx importing boot.ts back would close a cycle.
    const rules = await brokenRules('src/app/mount.tsx', "import { boot } from './boot.ts';\nexport const again = boot;\n");
    expect(rules).toContain('import-x/no-cycle');
  });
});
