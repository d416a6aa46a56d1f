// The Ayuda pre-load snippet, as a same-origin file because the shop's CSP
// forbids inline scripts: calls to ayuda(...) made before /ayuda/ayuda.js has
// arrived are queued, and the widget replays them when it starts.
window.ayuda = window.ayuda || function () { (window.ayuda.q = window.ayuda.q || []).push(arguments); };
