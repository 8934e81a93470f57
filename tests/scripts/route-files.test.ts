import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { routeFiles } from '../../scripts/vite-plugin-route-files.ts';
import { filesForHash, preloadRouteFiles } from '../../src/route-files.ts';

const FILES = {
  browse: ['./assets/browse.js', './assets/shared.js'],
  stats: ['./assets/secondary.js', './assets/secondary.css'],
};

describe('the route files script', () => {
  it('finds the files of the route in the hash, whatever follows its name', () => {
    expect(filesForHash('#/browse', FILES)).toEqual(FILES.browse);
    expect(filesForHash('#/stats?x=1', FILES)).toEqual(FILES.stats);
    expect(filesForHash('#/quiz/django-orm', { quiz: ['./q.js'] })).toEqual(['./q.js']);
  });

  it('preloads nothing for home, study, an unknown route or a name of Object.prototype', () => {
    for (const hash of ['', '#/', '#/study', '#/study/django-orm', '#/nope', '#/constructor', '#/%E0%A4%A']) expect(filesForHash(hash, FILES)).toEqual([]);
  });

  it('adds a module preload for code and a style preload for CSS, as CORS requests like the app’s own', () => {
    document.head.innerHTML = `<meta name="route-files" content='${JSON.stringify(FILES)}'>`;
    preloadRouteFiles(document, '#/stats');
    const links = [...document.head.querySelectorAll('link')].map((l) => [l.rel, l.getAttribute('as'), l.getAttribute('href'), l.getAttribute('crossorigin')]);
    expect(links).toEqual([
      ['modulepreload', null, './assets/secondary.js', ''],
      ['preload', 'style', './assets/secondary.css', ''],
    ]);
  });

  it('does nothing when the list is missing or unreadable', () => {
    document.head.innerHTML = '<meta name="route-files" content="{not json">';
    preloadRouteFiles(document, '#/browse');
    document.head.querySelector('meta')!.remove();
    preloadRouteFiles(document, '#/browse');
    expect(document.head.querySelectorAll('link')).toHaveLength(0);
  });
});

/** A bundle of chunks, each `[fileName, facadeModuleId, imports, isEntry, css]`. */
function bundle(chunks: [string, string | null, string[], boolean, string[]?][]): Rollup.OutputBundle {
  return Object.fromEntries(
    chunks.map(([fileName, facadeModuleId, imports, isEntry, css = []]) => [
      fileName,
      { type: 'chunk', fileName, facadeModuleId, imports, isEntry, viteMetadata: { importedCss: new Set(css), importedAssets: new Set() } },
    ]),
  ) as unknown as Rollup.OutputBundle;
}

describe('the build’s route files', () => {
  const built = bundle([
    ['assets/index.js', '/app/index.html', ['assets/app.js'], true],
    ['assets/app.js', null, [], false],
    ['assets/browse.js', '/app/src/screens/browse.tsx', ['assets/app.js', 'assets/shared.js'], false],
    ['assets/shared.js', null, [], false],
    ['assets/secondary.js', '/app/src/screens/secondary.ts', ['assets/app.js'], false, ['assets/secondary.css']],
  ]);

  it('lists a screen’s chunk, the chunks it imports that the entry does not bring, and their CSS', () => {
    expect(routeFiles(built, { browse: 'src/screens/browse.tsx', stats: 'src/screens/secondary.ts' }, '/app')).toEqual({
      browse: ['./assets/browse.js', './assets/shared.js'],
      stats: ['./assets/secondary.js', './assets/secondary.css'],
    });
  });

  it('fails the build when a route’s screen is no chunk of its own', () => {
    expect(() => routeFiles(built, { weak: 'src/screens/weak.tsx' }, '/app')).toThrow(/no chunk is loaded from src\/screens\/weak.tsx/);
  });
});
