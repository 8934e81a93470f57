/** The app's entry: start-up itself is src/app/boot.ts. */
import { loadAnswers, loadIndex } from 'virtual:cards';
import { boot } from './app/boot.ts';
import { registerServiceWorker } from './app/service-worker.ts';
import './styles.css';

void boot({
  root: document.getElementById('root')!,
  cards: { loadIndex, loadAnswers },
  languages: navigator.languages ?? [],
  afterFirstPaint: registerServiceWorker,
});
