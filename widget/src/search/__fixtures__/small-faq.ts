/**
 * A small hand-written FAQ for the search tests: the same shop in Spanish and
 * English, eight entries each, some topics in both languages.
 */
import type { CompiledFaq, FaqEntry } from '../../faq/types.ts';

export function entry(locale: string, id: string, question: string, answerText: string, alternates: string[] = [], tags: string[] = []): FaqEntry {
  return { id, question, answerHtml: `<p>${answerText}</p>`, answerText, alternates, tags, locale, related: [] };
}

export const smallFaqEntries: FaqEntry[] = [
  entry('es', 'es-devolucion', '¿Cómo hago la devolución de un pedido?', 'Tienes 30 días para devolver cualquier artículo desde Mi cuenta, en la sección Pedidos.', ['quiero devolver un producto']),
  entry('es', 'es-telefono', '¿Cuál es el teléfono de atención al cliente?', 'Llámanos al 900 123 456 de lunes a viernes, de 9 a 18 h.', ['número para llamar']),
  entry('es', 'es-contrasena', 'Olvidé mi contraseña, ¿cómo la recupero?', 'Pulsa en «¿Olvidaste tu contraseña?» en la pantalla de acceso y te enviaremos un enlace por correo.'),
  entry('es', 'es-factura', '¿Dónde descargo mi factura?', 'Las facturas están en Mi cuenta, en formato PDF.'),
  entry('es', 'es-envio', '¿Cuánto tarda el envío?', 'Los envíos peninsulares llegan en 24 a 48 horas laborables.'),
  entry('es', 'es-cancelar', '¿Puedo cancelar mi pedido?', 'Puedes anularlo mientras no haya salido del almacén.', ['me arrepentí de la compra']),
  entry('es', 'es-dinero', '¿Cuándo recibo la devolución del dinero?', 'El importe se abona en la misma tarjeta en un plazo de 5 a 10 días hábiles.'),
  entry('es', 'es-paypal', '¿Aceptan PayPal?', 'Sí, aceptamos PayPal, tarjeta y Bizum.'),
  entry('en', 'en-refund', 'How do I get a refund?', 'Refunds are issued to the original payment method within 5 to 10 business days.'),
  entry('en', 'en-password', 'I forgot my password, how do I reset it?', 'Use the Forgot password link on the sign-in page and we will email you a link.'),
  entry('en', 'en-phone', 'What is your customer service phone number?', 'Call us on 0800 123 456, Monday to Friday, 9am to 6pm.'),
  entry('en', 'en-invoice', 'Where can I download my invoice?', 'Invoices are in My account as PDF files.'),
  entry('en', 'en-shipping', 'How long does shipping take?', 'Orders arrive within 2 to 4 working days.'),
  entry('en', 'en-cancel', 'Can I cancel my order?', 'You can cancel it until it leaves the warehouse.', ['I changed my mind about my purchase']),
  entry('en', 'en-charged', 'Why was I charged twice?', 'A duplicate charge is usually a pending authorisation that disappears within 3 days.'),
  entry('en', 'en-paypal', 'Do you accept PayPal?', 'Yes, we accept PayPal, cards and Apple Pay.'),
];

/** The FAQ with site synonyms: one-word groups in Spanish, a phrase in English. */
export const smallFaq: CompiledFaq = {
  entries: smallFaqEntries,
  synonyms: {
    es: [['contraseña', 'clave'], ['factura', 'comprobante']],
    en: [['refund', 'money back']],
  },
};

/** A lexicon with nothing in it: the built-in one must not matter. */
export const noLexicon = () => ({ variants: [], rewrites: {} });
