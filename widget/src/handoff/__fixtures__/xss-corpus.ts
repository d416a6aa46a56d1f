/** Hostile strings a customer (or a host page's traits) could send: each must reach HTML outputs as text. */
export const XSS_CORPUS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '"><svg onload=window.__pwned=3>',
  "'><iframe srcdoc='<script>parent.__pwned=4</script>'>",
  '<a href="javascript:window.__pwned=5">click</a>',
  '</li></ol><style>*{display:none}</style>',
  '<!-- --><script>window.__pwned=6</script>',
  '&lt;script&gt;window.__pwned=7&lt;/script&gt;',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=8>',
  '<details open ontoggle=window.__pwned=9>',
  '`${window.__pwned=10}`',
  '\u0000<script>window.__pwned=11</script>',
];
