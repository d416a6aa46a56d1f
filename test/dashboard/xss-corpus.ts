/** Hostile customer text: markup, script URLs, template syntax, spreadsheet formulas, control characters. */
export const XSS_CORPUS = [
  '<script>alert("xss")</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(document.cookie)>',
  "javascript:alert('xss')",
  '<a href="javascript:alert(1)">click</a>',
  '{{constructor.constructor("alert(1)")()}}',
  '=HYPERLINK("http://evil.example","click me")',
  '+cmd|\' /C calc\'!A0',
  '-2+3+cmd|\' /C calc\'!A0',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '</textarea><iframe src=//evil.example>',
  '<style>body{display:none}</style>',
  '${alert(1)}',
  "'; DROP TABLE events; --",
];
