import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../src/styles.css'), 'utf8');

/** The custom properties declared in the first block that opens with `opening`. */
function declarations(opening: string): Map<string, string> {
  const start = css.indexOf(opening);
  expect(start, `${opening} is in src/styles.css`).toBeGreaterThanOrEqual(0);
  const body = css.slice(start + opening.length, css.indexOf('}', start));
  return new Map([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('the dark theme in src/styles.css', () => {
  const chosen = declarations(":root[data-theme='dark'] {");
  const system = declarations(":root:not([data-theme='light']) {");
  const light = declarations(':root {');

  it('is the same list of colours whether chosen or taken from the system', () => {
    expect(chosen.size).toBeGreaterThan(20);
    expect([...system]).toEqual([...chosen]);
  });

  it('overrides only colours the light theme declares, so nothing stays light by mistake', () => {
    for (const name of chosen.keys()) expect(light.has(name), name).toBe(true);
    for (const [name, value] of light) if (value.startsWith('#')) expect(chosen.has(name), name).toBe(true);
  });
});
