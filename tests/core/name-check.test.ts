// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCollection } from '../../src/core/collection.ts';
import { createNameIndex, damerauLevenshtein } from '../../src/core/name-index.ts';
import { pythonNameIndex } from '../../src/core/name-check.ts';
import { buildNotes as build, realNotes } from '../support/notes.ts';

const identifiers = (markdown: string, question = 'Вопрос?') =>
  build(`# T\n\n## ${question}\n${markdown}\n`).collection.warnings.filter((w) => w.kind === 'identifier');
const suggestions = (markdown: string) => identifiers(markdown).map((w) => [w.message.match(/`([^`]+)`/)![1], w.suggestion]);

describe('the name check on the notes', () => {
  it('finds the two typos of documented names, with the documented name as the suggestion', () => {
    const { collection } = buildCollection([realNotes()]);
    const warnings = collection.warnings.filter((w) => w.kind === 'identifier');
    expect(warnings.map(({ line, suggestion, message }) => ({ line, suggestion, message }))).toEqual([
      { line: 51, suggestion: 'csrf_exempt', message: '`csrf_except` is not a name Django, DRF, Flask or Python documents: did you mean `csrf_exempt`?' },
      { line: 263, suggestion: 'select_related', message: '`select_releted` is not a name Django, DRF, Flask or Python documents: did you mean `select_related`?' },
    ]);
    const csrf = collection.cards.find((c) => c.question === 'Опишите алгоритм работы CSRF middleware')!;
    expect(warnings[0]!.cardId).toBe(csrf.id);
  });
});

describe('a name near a documented one', () => {
  it('in backticks, in prose, in code, in CamelCase', () => {
    expect(suggestions('Оберните вьюху в `csrf_except`.')).toEqual([['csrf_except', 'csrf_exempt']]);
    expect(suggestions('Метод select_releted делает JOIN.')).toEqual([['select_releted', 'select_related']]);
    expect(suggestions('```python\nqs = Book.objects.prefetch_releted("authors")\n```')).toEqual([['prefetch_releted', 'prefetch_related']]);
    expect(suggestions('Добавьте CsrfViewMidleware в список.')).toEqual([['CsrfViewMidleware', 'CsrfViewMiddleware']]);
    expect(suggestions('Объект `sesion` хранит данные.')).toEqual([['sesion', 'session']]);
  });

  it('in the question, at the question line; once a card however often it is written', () => {
    const warnings = identifiers('Про select_releted и ещё раз select_releted.', 'Как работает select_releted?');
    expect(warnings).toMatchObject([{ line: 3, suggestion: 'select_related' }]);
  });
});

describe('quiet', () => {
  it('on documented names, whatever their case', () => {
    expect(
      identifiers(
        'select_related, prefetch_related, `process_request`, CsrfViewMiddleware, CSRF_TRUSTED_ORIGINS, `list_serializer_class`, ' +
          '`django.middleware.csrf.get_token()`, ModelSerializer, `__metaclass__`, `Queryset`, LoginRequiredMiddleware, `aget`',
      ),
    ).toEqual([]);
  });

  it("on the notes' own names: what their code defines, however near a documented name", () => {
    expect(suggestions('Вызовите csrf_exempts().')).toEqual([['csrf_exempts', 'csrf_exempt']]);
    expect(identifiers('```python\ndef csrf_exempts(view):\n    return view\n```\nВызовите csrf_exempts().')).toEqual([]);
    expect(identifiers('```python\nclass ThingSerializer(serializers.ModelSerializer):\n    pass\n```\nThingSerializer готов.')).toEqual([]);
  });

  it('on ordinary words in either language, on short names, and on the words of a lookup', () => {
    expect(identifiers('Мидлвари и сигналы: Middleware, Serializer, session, PostgreSQL, JavaScript, ManyToMany, a_to_b, `csrf-token`.')).toEqual([]);
    expect(identifiers('```python\nStore.objects.filter(price__range=(250, 300))\n```')).toEqual([]);
  });
});

describe('the name index', () => {
  const index = createNameIndex(['select_related', 'prefetch_related', 'csrf_exempt', 'QuerySet', 'session']);

  it('knows names case aside, and finds the nearest within a distance', () => {
    expect(index.has('queryset')).toBe(true);
    expect(index.nearest('select_releted', 2)).toBe('select_related');
    expect(index.nearest('csrf_except', 1)).toBeUndefined();
    expect(index.nearest('csrf_except', 2)).toBe('csrf_exempt');
    expect(index.nearest('select_related', 2)).toBeUndefined();
  });

  it('counts a swap of two letters as one edit, and a change of case as one', () => {
    expect(damerauLevenshtein('sesison', 'session')).toBe(1);
    expect(damerauLevenshtein('Session', 'session')).toBe(1);
    expect(damerauLevenshtein('abc', 'xyz', 1)).toBe(2);
  });

  it('holds the generated list of Django, DRF, Flask and standard library names', () => {
    const names = pythonNameIndex();
    for (const name of ['csrf_exempt', 'select_related', 'ModelSerializer', 'APIView', 'render_template', 'defaultdict', 'MIDDLEWARE', 'on_delete']) {
      expect(names.has(name), name).toBe(true);
    }
  });
});
