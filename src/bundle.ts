// The one-file build for pages with no bundler: registers every element and exports the public API.
import './define.js';

export * from './index.js';
