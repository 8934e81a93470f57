// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkPython } from '../../src/core/python-syntax.ts';
import { buildNotes as build, realNotes } from '../support/notes.ts';
import { buildCollection } from '../../src/core/collection.ts';

const problems = (code: string) => checkPython(code).problems;

describe('the Python check says what is wrong, in words a learner understands', () => {
  it('a typographic quote pasted from a word processor', () => {
    expect(problems("fields = (‘name’, )")).toEqual([{ line: 1, message: "typographic quote ‘ in code: Python needs a straight quote ' or \"" }]);
    expect(problems('title = “Книга”')[0]!.message).toMatch(/^typographic quote “ in code/);
  });

  it('a bracket closed by the wrong one, closing nothing, or never closed', () => {
    expect(problems("books.append({'id': book.id, 'name': book.name)")).toEqual([
      { line: 1, message: 'unmatched `)`: the `{` opened before it needs `}`' },
    ]);
    expect(problems('x = [1,\n  2)')).toEqual([{ line: 2, message: 'unmatched `)`: the `[` opened on line 1 before it needs `]`' }]);
    expect(problems('x = 1)')).toEqual([{ line: 1, message: 'unmatched `)`: no bracket before it is open' }]);
    expect(problems('x = foo(1,\ny = 2')).toEqual([{ line: 1, message: '`(` is never closed' }]);
  });

  it('an unexpected indent, a block that is not indented, a dedent to no outer level', () => {
    expect(problems('queryset = Store.objects.all()\n    for store in queryset:\n        print(store)')).toEqual([
      { line: 2, message: 'unexpected indent: this line is indented more than the line before it' },
    ]);
    expect(problems('if ok:\nprint(1)')).toEqual([{ line: 2, message: 'expected an indented block after line 1, which ends with a colon' }]);
    expect(problems('class Meta:')).toEqual([{ line: 1, message: 'expected an indented block after this line, which ends with a colon' }]);
    expect(problems('if ok:\n        a = 1\n    b = 2')).toEqual([{ line: 3, message: 'this line is indented to no level of the lines before it' }]);
  });

  it('anything else Lezer cannot read: invalid syntax near the text there, and pasted output is no exception', () => {
    expect(problems('x = = 1')).toEqual([{ line: 1, message: 'invalid syntax near `=`' }]);
    expect(problems('queryset = Book.objects.all()\n\nNumber of SQL Queries : 101')).toEqual([
      { line: 3, message: 'invalid syntax near `of` (output pasted into the code?)' },
    ]);
    expect(problems('def f(:\n    pass')[0]!.line).toBe(1);
  });

  it('stays quiet on valid code', () => {
    for (const code of [
      '@six.add_metaclass(SerializerMetaclass)\nclass Serializer(BaseSerializer):\n  ...',
      'class ThingSerializer(serializers.ModelSerializer):\n    class Meta:\n        model = Thing\n        fields = ("name",)',
      'def f(a, b=2):\n    """Строка с : и ( внутри\n    на двух строках"""\n    return a \\\n        + b  # комментарий с ‘кавычками’',
      "queryset = Store.objects.prefetch_related(\n        Prefetch('books', queryset=Book.objects.filter(price__range=(250, 300))))\nfor store in queryset:\n    pass",
      'имя = "Книга"\nprint(f"{имя}: {len(имя)}")',
      '    x = 1\n    if x:\n        y = 2',
      'if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n\n\n# конец',
      'data = {\n    "a": [1, 2],\n}\nlambda x: x[1:]',
    ]) {
      expect(problems(code), code).toEqual([]);
    }
  });

  it('gives the names the code defines, for the name check', () => {
    const { defined } = checkPython('class ThingSerializer(Base):\n    def to_repr(self, obj, *, many_items=False):\n        total_sum = 0\n        for book_item in obj:\n            pass\n        return [x for x in obj]');
    expect(defined).toEqual(expect.arrayContaining(['ThingSerializer', 'to_repr', 'obj', 'many_items', 'total_sum', 'book_item', 'x']));
  });
});

describe('the code check on the notes', () => {
  const { collection } = buildCollection([realNotes()]);
  const code = collection.warnings.filter((w) => w.kind === 'code');
  const at = (line: number) => code.filter((w) => w.line === line).map((w) => w.message);

  it('reports the ThingSerializer block for its typographic quotes, at the line in the file', () => {
    expect(at(109)).toEqual(["typographic quote ‘ in code: Python needs a straight quote ' or \""]);
  });

  it('reports the select_related examples: `{... )`, the indented for loop and the pasted query counts', () => {
    expect(at(185)).toEqual(['unmatched `)`: the `{` opened before it needs `}`']);
    expect(at(187)).toEqual(['invalid syntax near `of` (output pasted into the code?)']);
    expect(at(225)).toEqual(['unexpected indent: this line is indented more than the line before it']);
    expect(at(239)).toEqual(['unexpected indent: this line is indented more than the line before it']);
  });

  it('leaves the valid @six.add_metaclass block alone, and names the card of every warning', () => {
    const meta = collection.cards.find((c) => c.question === 'Что такое Meta в классах Django и для чего нужен')!;
    expect(code.filter((w) => w.cardId === meta.id)).toEqual([]);
    expect(code.every((w) => collection.cards.some((c) => c.id === w.cardId))).toBe(true);
  });
});

describe('which blocks are Python', () => {
  const warned = (markdown: string) => build(`# T\n\n## Вопрос?\n${markdown}\n`).collection.warnings.filter((w) => w.kind === 'code');

  it('a fence saying python, py or python3, or saying nothing', () => {
    for (const lang of ['python', 'py', 'python3', '']) expect(warned(`\`\`\`${lang}\nx = (1\n\`\`\``), lang).toHaveLength(1);
  });

  it('not a fence in another language', () => {
    expect(warned('```sql\nSELECT * FROM (x\n```')).toEqual([]);
    expect(warned('```js\nconst x = (1;\n```')).toEqual([]);
  });

  it('reports at the line in the file, also inside a numbered answer after a chat-export header', () => {
    const text = [
      '1. Что такое GIL?',
      '2. Что такое list?',
      '',
      'Ответы:',
      '',
      '1. Блокировка.',
      'Иван Иванов, [30.08.2023 21:24]',
      '2. Список:',
      '   ```',
      '   x = [1, 2',
      '   ```',
      '',
    ].join('\n');
    const { collection } = build(text);
    expect(collection.warnings.filter((w) => w.kind === 'code')).toMatchObject([{ file: 'notes-1.md', line: 10, message: '`[` is never closed' }]);
  });
});
