/** English stemming: Porter, from the `stemmer` package (a chunk of its own in the widget: search/stem-lazy.ts). */
export { stemmer as stem } from 'stemmer';
