/** The app's version from package.json, set by vite.config.ts (`define`); written into export files. */
declare const __APP_VERSION__: string;
