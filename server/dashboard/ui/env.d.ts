/** Stylesheets imported for Vite to bundle as files. */
declare module '*.css';
