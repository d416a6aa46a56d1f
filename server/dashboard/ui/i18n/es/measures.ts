/** Measures. */
import type { MeasuresStrings } from '../types/measures.ts';

export const measures: MeasuresStrings = {
  measures: {
    heading: 'Métricas',
    units: { customers: 'clientes', questions: 'preguntas', requests: 'solicitudes', ratings: 'valoraciones' },
    resolution: 'Resolución por autoservicio',
    resolutionHint: {
      one: '{resolved} de {n} cliente que preguntó algo leyó una respuesta y después no dijo «No», ni buscó otra cosa, ni abandonó, ni pidió una persona, en esa visita o en las {hours} h siguientes: {resolved} contactos evitados.',
      other: '{resolved} de {n} clientes que preguntaron algo leyeron una respuesta y después no dijeron «No», ni buscaron otra cosa, ni abandonaron, ni pidieron una persona, en esa visita o en las {hours} h siguientes: {resolved} contactos evitados.',
    },
    trend: '{points} puntos respecto a los {days} días anteriores ({previous}).',
    noTrend: 'No hubo clientes en los {days} días anteriores con los que comparar.',
    unresolvedCaption: 'Por qué no se resolvieron los demás',
    unresolvedColumns: { reason: 'Motivo', customers: 'Clientes' },
    resolutionChart: 'Tasa diaria de resolución por autoservicio, en total {rate}',
    resolved: 'Resueltos',
    unanswered: 'Tasa sin respuesta',
    unansweredHint: {
      one: '{unanswered} de {n} pregunta no encontró respuesta, encontró una débil o equivocada, o se abandonó (cada redacción cuenta una vez por visita).',
      other: '{unanswered} de {n} preguntas no encontraron respuesta, encontraron una débil o equivocada, o se abandonaron (cada redacción cuenta una vez por visita).',
    },
    unansweredChart: 'Tasa diaria sin respuesta, en total {rate}',
    unansweredSeries: 'Sin respuesta',
    handoffs: 'Contactos por canal',
    noHandoffs: 'Aún no hay contactos.',
    handoffsChart: 'Contactos por día y canal: {channels}',
    helpful: 'Respuestas valoradas como útiles',
    helpfulHint: '{yes} sí, {no} no a «¿Te ha servido?».',
    helpfulChart: 'Proporción diaria de respuestas útiles, en total {rate}',
    helpfulSeries: 'Útiles',
    misleading: 'Respuestas que confunden',
    misleadingCaption: 'Por artículo, primero los de más respuestas equivocadas y «No». «Respuesta equivocada»: se mostró la primera para una pregunta y después el cliente buscó otra cosa, dijo «No», abandonó o pidió una persona.',
    entryColumns: { entry: 'Artículo', shown: 'Mostrado primero', wrong: 'Respuesta equivocada', yes: 'Sí', no: 'No', reads: 'Lecturas' },
    top: 'Preguntas más frecuentes',
    questionsNoun: { one: 'pregunta', other: 'preguntas' },
    topChart: 'Preguntas por día, {n} en total',
    topSeries: 'Preguntas',
    topColumns: { question: 'Pregunta', times: 'Veces', answered: 'Respondidas' },
    definitions: {
      summary: 'Cómo se cuentan',
      terms: [
        ['Cliente', 'Una visita de un navegador a la ayuda: sus eventos sin pausas de más de 30 minutos, contada si en ella se preguntó algo.'],
        ['Resuelto', 'El cliente leyó una respuesta (la abrió o dijo «Sí») y después nada indicó lo contrario: ni «No», ni abandono, ni petición de una persona, ni búsqueda sin resultados, ni una nueva búsqueda que llevara a otro sitio, en esa visita o dentro del plazo de seguimiento.'],
        ['Pregunta', 'Una redacción que escribió un cliente, contada una vez por visita: una búsqueda sin resultados, luego «No» y luego la petición de una persona con las mismas palabras son una sola pregunta.'],
        ['Sin respuesta', 'Una pregunta que no encontró nada o solo resultados débiles y no se leyó, se abandonó, recibió un «No», acabó en la petición de una persona o se respondió mal: su respuesta se mostró la primera y después el cliente buscó otra cosa, dijo «No», abandonó o pidió una persona.'],
      ],
    },
  },
};
