import { render, screen, within } from '@testing-library/react';
import Prism from 'prismjs/components/prism-core';
import { describe, expect, it, vi } from 'vitest';
import MarkdownAnswerDefault, { MarkdownAnswer } from '../../src/components/markdown-answer.tsx';

function renderAnswer(markdown: string) {
  return render(<MarkdownAnswer markdown={markdown} />);
}

describe('MarkdownAnswer', () => {
  it('has a default export for React.lazy', () => {
    expect(MarkdownAnswerDefault).toBe(MarkdownAnswer);
  });

  it('renders a GFM table as a table inside a scrolling wrapper', () => {
    const { container } = renderAnswer(
      ['| Метод | Запросов |', '| --- | --- |', '| select_related | 1 |', '| prefetch_related | 2 |'].join('\n'),
    );
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Метод', 'Запросов']);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('cell', { name: 'select_related' })).toBeInTheDocument();
    expect(table.parentElement).toHaveClass('table-scroll');
    expect(container.querySelector('.table-scroll')).toContainElement(table);
  });

  it('renders lists', () => {
    renderAnswer('- один\n- два\n\n1. первый\n2. второй');
    const lists = screen.getAllByRole('list');
    expect(lists).toHaveLength(2);
    expect(within(lists[0]!).getAllByRole('listitem')).toHaveLength(2);
  });

  it('highlights python code with token spans', () => {
    const { container } = renderAnswer('```python\ndef f(x):\n    return "hi"  # note\n```');
    const pre = container.querySelector('pre');
    expect(pre).toHaveAttribute('data-language', 'python');
    expect(pre).toHaveTextContent('def f(x): return "hi" # note');
    expect(container.querySelector('span.token.keyword')).toHaveTextContent('def');
    expect(container.querySelector('span.token.function')).toHaveTextContent('f');
    expect(container.querySelector('span.token.string')).toHaveTextContent('"hi"');
    expect(container.querySelector('span.token.comment')).toHaveTextContent('# note');
  });

  it('treats a fence without a language as python', () => {
    const { container } = renderAnswer('```\nimport os\n```');
    expect(container.querySelector('pre')).toHaveAttribute('data-language', 'python');
    expect(container.querySelector('span.token.keyword')).toHaveTextContent('import');
  });

  it('highlights sql, bash and json, and shows unknown languages as plain text', () => {
    const { container } = renderAnswer(
      '```sql\nSELECT 1;\n```\n\n```sh\necho hi\n```\n\n```json\n{"a": 1}\n```\n\n```yaml\nkey: value\n```',
    );
    const blocks = [...container.querySelectorAll('pre')];
    expect(blocks.map((pre) => pre.dataset.language)).toEqual(['sql', 'bash', 'json', 'text']);
    expect(blocks[0]!.querySelector('.token.keyword')).toHaveTextContent('SELECT');
    expect(blocks[1]!.querySelector('.token.builtin, .token.function')).toHaveTextContent('echo');
    expect(blocks[2]!.querySelector('.token.property')).toHaveTextContent('"a"');
    expect(blocks[3]!.querySelector('.token')).toBeNull();
    expect(blocks[3]).toHaveTextContent('key: value');
  });

  it('keeps inline code inline, without highlighting', () => {
    const { container } = renderAnswer('Use `select_related()` here.');
    expect(container.querySelector('pre')).toBeNull();
    expect(container.querySelector('p > code')).toHaveTextContent('select_related()');
  });

  it('does not nest a <pre> inside another', () => {
    const { container } = renderAnswer('```python\nx = 1\n```');
    expect(container.querySelectorAll('pre')).toHaveLength(1);
    expect(container.querySelector('pre pre')).toBeNull();
  });

  it('does not turn raw HTML into elements', () => {
    const { container } = renderAnswer(
      'Before <script>window.hacked = true</script>\n\n<img src="x" onerror="window.hacked = true">\n\n<iframe src="https://example.com"></iframe>',
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('iframe')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    // Shown as text instead, so the author can see and fix it.
    expect(container).toHaveTextContent('<script>');
  });

  it('neutralises javascript: links', () => {
    const { container } = renderAnswer('[click me](javascript:alert(1)) and [data](data:text/html,<b>x</b>)');
    expect(screen.queryByRole('link')).toBeNull();
    expect(container.querySelector('[href^="javascript"]')).toBeNull();
    expect(container.querySelector('[href^="data"]')).toBeNull();
    expect(screen.getByText('click me')).toBeInTheDocument();
  });

  it('opens external links in a new tab without an opener', () => {
    renderAnswer('See [the docs](https://docs.djangoproject.com/en/5.0/ "Django docs").');
    const link = screen.getByRole('link', { name: 'the docs' });
    expect(link).toHaveAttribute('href', 'https://docs.djangoproject.com/en/5.0/');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('title', 'Django docs');
  });

  it('does not highlight again when re-rendered with the same markdown', () => {
    const tokenize = vi.spyOn(Prism, 'tokenize');
    try {
      const markdown = '```python\nx = [i for i in range(3)]\n```';
      const { rerender } = render(<MarkdownAnswer markdown={markdown} />);
      expect(tokenize).toHaveBeenCalledTimes(1);
      rerender(<MarkdownAnswer markdown={markdown} />);
      rerender(<MarkdownAnswer markdown={`${markdown}\n`} />);
      expect(tokenize).toHaveBeenCalledTimes(1);
    } finally {
      tokenize.mockRestore();
    }
  });
});
