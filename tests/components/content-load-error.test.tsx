import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentLoadError } from '../../src/components/content-load-error.tsx';

describe('ContentLoadError (the cards could not be downloaded)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('explains in the learner\'s language, shows the reason, and reloads on request', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    render(<ContentLoadError lang="en" detail="http://x/assets/cards-1.json: HTTP 404" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The cards could not be loaded. Your progress in this browser is safe');
    expect(alert).toHaveTextContent('HTTP 404');
    expect(document.documentElement.lang).toBe('en');
    await userEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});
