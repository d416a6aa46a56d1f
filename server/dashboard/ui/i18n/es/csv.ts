/** The exports' CSV headers. */
import type { CsvStrings } from '../types/csv.ts';
import { common } from './common.ts';

const { reasons } = common;

export const csv: CsvStrings = {
  csv: {
    id: 'Id',
    representative: 'Pregunta (redacción más común)',
    count: 'Preguntas',
    sessions: 'Clientes',
    growth: 'Crecimiento',
    first_seen: 'Primera vez (UTC)',
    last_seen: 'Última vez (UTC)',
    site: 'Sitio',
    lang: 'Idioma',
    // The reasons' columns say what the dashboard calls them.
    no_match: reasons.no_match,
    weak_match: reasons.weak_match,
    not_helpful: reasons.not_helpful,
    gave_up: reasons.gave_up,
    asked_human: reasons.asked_human,
    answered_wrongly: reasons.answered_wrongly,
    closest_entry: 'Entrada más cercana',
    status: 'Estado',
    owner: 'Responsable',
    entry_id: 'Entrada de las FAQ',
    fixed_on: 'Corregido el',
    group_id: 'Grupo',
    asked_at: 'Fecha (UTC)',
    question: 'Pregunta',
    page: 'Página',
    reason: 'Motivo',
    comment: 'Comentario',
    session: 'Sesión',
    locale: 'Idioma',
    event_id: 'Id del evento',
  },
};
