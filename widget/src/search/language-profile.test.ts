import { describe, expect, it } from 'vitest';
import { buildLanguageProfile, languageShares, readLanguageProfile, trigramBuckets } from './language-profile.ts';

const es = readLanguageProfile(buildLanguageProfile([
  '¿Cómo hago la devolución de un pedido? Tienes treinta días para devolver cualquier artículo desde tu cuenta.',
  '¿Cuánto tarda el envío? Los envíos peninsulares llegan en veinticuatro a cuarenta y ocho horas laborables.',
  'Olvidé mi contraseña, ¿cómo la recupero? Pulsa en la pantalla de acceso y te enviaremos un enlace por correo.',
]));
const en = readLanguageProfile(buildLanguageProfile([
  'How do I get a refund? Refunds are issued to the original payment method within ten business days.',
  'How long does shipping take? Orders arrive within two to four working days, tracked with the carrier.',
  'I forgot my password, how do I reset it? Use the forgot password link on the sign-in page and we will email you.',
]));

describe('language profiles', () => {
  it('tell Spanish from English on words neither text contains, typos included', () => {
    for (const q of ['mi paquete llego roto', 'fatcura disparada', 'necesito ayuda con la garantia']) expect(languageShares(q, [es, en])[0], q).toBeGreaterThan(0.5);
    for (const q of ['my parcel arrived broken', 'wich warranty do i get', 'need help with the warranty']) expect(languageShares(q, [es, en])[1], q).toBeGreaterThan(0.5);
  });

  it('say nothing about text without letters', () => {
    expect(languageShares('123 ??', [es, en])).toEqual([0.5, 0.5]);
  });

  it('fold case and accents like the engine', () => {
    expect(trigramBuckets('ENVÍO')).toEqual(trigramBuckets('envio'));
  });

  it('ship small: 1,024 bytes of profile a locale, base64', () => {
    expect(buildLanguageProfile(['hola']).split(' ')[2]).toHaveLength(1368);
  });
});
