/** Answers through the `ayuda` Trusted Types policy, or as text where the page does not allow it. */
import { describe, expect, it, vi } from 'vitest';
import { answerText, createAnswerMarkup, POLICY_NAME, type TrustedTypesApi } from './answer-html.ts';

const trusted = (html: string) => ({ trusted: html });

describe('answer markup', () => {
  it('without the Trusted Types API, the HTML string itself', () => {
    const warn = vi.fn();
    expect(createAnswerMarkup(undefined, warn)('<p>a</p>')).toEqual({ __html: '<p>a</p>' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('with it, a TrustedHTML made by the policy named "ayuda", created once', () => {
    const createHTML = vi.fn((s: string) => trusted(s));
    const tt: TrustedTypesApi = { createPolicy: vi.fn((_name, rules) => ({ createHTML: (s: string) => createHTML(rules.createHTML(s)) })) };
    const markup = createAnswerMarkup(tt, vi.fn());
    expect(markup('<p>a</p>')).toEqual({ __html: trusted('<p>a</p>') });
    expect(markup('<p>b</p>')).toEqual({ __html: trusted('<p>b</p>') });
    expect(tt.createPolicy).toHaveBeenCalledTimes(1);
    expect(tt.createPolicy).toHaveBeenCalledWith(POLICY_NAME, expect.anything());
    expect(POLICY_NAME).toBe('ayuda');
  });

  it('when the page does not allow the policy: undefined (show text), and one warning naming the policy', () => {
    const warn = vi.fn();
    const tt: TrustedTypesApi = {
      createPolicy: vi.fn(() => {
        throw new TypeError('Policy "ayuda" disallowed.');
      }),
    };
    const markup = createAnswerMarkup(tt, warn);
    expect(markup('<p>a</p>')).toBeUndefined();
    expect(markup('<p>b</p>')).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/plain text.*"ayuda" \(trusted-types\)/);
    expect(tt.createPolicy).toHaveBeenCalledTimes(1);
  });
});

describe('answerText', () => {
  it('one line per block, tags removed, entities decoded, links keep their address', () => {
    const html =
      '<p>Tienes <strong>30&nbsp;días</strong> &amp; &quot;gratis&quot; &lt;3 &#39;ya&#39;</p>\n<ul><li>Uno</li><li>Dos<br>tres</li></ul>' +
      '<h3>Más</h3><p>Ver <a href="https://shop.example/devoluciones" rel="noopener">el formulario</a> o <a href="mailto:ayuda@shop.example">escríbenos</a>.</p>' +
      '<p><a href="#x">dentro</a> &bogus; &#99999999;</p>';
    expect(answerText(html)).toEqual([
      'Tienes 30\u00a0días & "gratis" <3 \'ya\'',
      'Uno',
      'Dos',
      'tres',
      'Más',
      'Ver el formulario (https://shop.example/devoluciones) o escríbenos (ayuda@shop.example).',
      'dentro &bogus; &#99999999;',
    ]);
  });
});
