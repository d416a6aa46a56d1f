/**
 * Words of the transcript, for the people who read it (support staff) and
 * for the WhatsApp message the customer sends. Spanish or English, by the
 * hand-off's language.
 */
export interface TranscriptLabels {
  handoff: string;
  channel: string;
  requested: string;
  from: string;
  phone: string;
  page: string;
  language: string;
  timeZone: string;
  sent: string;
  question: string;
  details: string;
  steps: string;
  noSteps: string;
  site: string;
  searched: string;
  decision: { answered: string; weak: string; none: string };
  top: string;
  read: string;
  helpful: string;
  notHelpful: string;
  visited: string;
  whatsappHello: string;
  whatsappReference: string;
  whatsappSteps: string;
}

const en: TranscriptLabels = {
  handoff: 'Hand-off',
  channel: 'Channel',
  requested: 'asked for {c}, closed',
  from: 'From',
  phone: 'Phone',
  page: 'Page',
  language: 'Language',
  timeZone: 'Time zone',
  sent: 'Sent',
  question: 'Question',
  details: 'Details',
  steps: 'What they did in help',
  noSteps: 'Nothing recorded (or removed by the customer).',
  site: 'From the site',
  searched: 'Searched “{q}”: {d}',
  decision: { answered: 'answered', weak: 'unclear results', none: 'nothing found' },
  top: 'top: {r}',
  read: 'Read “{t}”',
  helpful: '“{t}” helped',
  notHelpful: '“{t}” did not help',
  visited: 'Page “{t}” ({p})',
  whatsappHello: 'Hi, I need help: {q}',
  whatsappReference: 'Reference: {r}',
  whatsappSteps: 'What I already looked at:',
};

const es: TranscriptLabels = {
  handoff: 'Solicitud',
  channel: 'Canal',
  requested: 'pidió {c}, cerrado',
  from: 'De',
  phone: 'Teléfono',
  page: 'Página',
  language: 'Idioma',
  timeZone: 'Zona horaria',
  sent: 'Enviada',
  question: 'Pregunta',
  details: 'Detalles',
  steps: 'Lo que hizo en la ayuda',
  noSteps: 'Nada registrado (o el cliente lo quitó).',
  site: 'Datos del sitio',
  searched: 'Buscó «{q}»: {d}',
  decision: { answered: 'con respuesta', weak: 'resultados dudosos', none: 'sin resultados' },
  top: 'primeros: {r}',
  read: 'Leyó «{t}»',
  helpful: '«{t}» le sirvió',
  notHelpful: '«{t}» no le sirvió',
  visited: 'Página «{t}» ({p})',
  whatsappHello: 'Hola, necesito ayuda: {q}',
  whatsappReference: 'Referencia: {r}',
  whatsappSteps: 'Lo que ya consulté:',
};

export function transcriptLabels(locale: string): TranscriptLabels {
  return locale.toLowerCase().startsWith('es') ? es : en;
}
