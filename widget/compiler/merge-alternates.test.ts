import { describe, expect, it } from 'vitest';
import { entry, smallFaq } from '../src/search/__fixtures__/small-faq.ts';
import { mergeAlternates, parseAlternates } from './merge-alternates.ts';

describe('parseAlternates', () => {
  it('reads { "entryId": ["wording", ...] } and says what is wrong otherwise', () => {
    expect(parseAlternates('\uFEFF{ "a": ["uno", "dos"], "b": [] }')).toEqual({ ok: true, alternates: { a: ['uno', 'dos'], b: [] } });
    expect(parseAlternates('{ "a": ')).toMatchObject({ ok: false, message: expect.stringMatching(/^not valid JSON \(/) });
    expect(parseAlternates('["a"]')).toEqual({ ok: false, message: 'must be a JSON object { "entryId": ["wording", ...] }' });
    expect(parseAlternates('{ "a": "uno" }')).toEqual({ ok: false, message: '"a": must be an array of wordings (strings)' });
    expect(parseAlternates('{ "a": ["uno", 2] }')).toEqual({ ok: false, message: '"a": must be an array of wordings (strings)' });
  });
});

describe('mergeAlternates', () => {
  it("appends new wordings to their entries' alternates, once each, and names the ids the FAQ lacks", () => {
    const faq = { ...smallFaq, entries: [entry('es', 'devolver', '¿Cómo devuelvo un pedido?', 'Así.', ['quiero devolver algo']), entry('es', 'envio', '¿Cuánto tarda?', 'Poco.')] };
    const { faq: merged, added, unknown } = mergeAlternates(faq, {
      devolver: ['  las zapatillas me  quedan pequeñas ', 'Quiero DEVOLVER algo', '¿cómo devuelvo un pedido', 'Las zapatillas me quedan pequeñas', '¿?'],
      gone: ['lo que sea'],
    });
    expect(merged.entries[0]!.alternates).toEqual(['quiero devolver algo', 'las zapatillas me quedan pequeñas']);
    expect(merged.entries[1]).toBe(faq.entries[1]);
    expect(added).toBe(1);
    expect(unknown).toEqual(['gone']);
    expect(faq.entries[0]!.alternates).toEqual(['quiero devolver algo']);
  });
});
