/** Measures (each language's ../<lang>/measures.ts). */
import type { PluralForms } from '../../../../../widget/src/i18n/types.ts';

export interface MeasuresStrings {
  measures: {
    heading: string;
    /** What a card counts, in small type after its heading. */
    units: { customers: string; questions: string; requests: string; ratings: string };
    resolution: string;
    /** `{n}` customers, `{resolved}` of them resolved, `{hours}` the follow-up window. */
    resolutionHint: PluralForms;
    /** `{points}` (signed), `{days}`, `{previous}` (the rate before). */
    trend: string;
    noTrend: string;
    unresolvedCaption: string;
    unresolvedColumns: { reason: string; customers: string };
    resolutionChart: string;
    resolved: string;
    unanswered: string;
    /** `{n}` questions, `{unanswered}` of them unanswered. */
    unansweredHint: PluralForms;
    unansweredChart: string;
    unansweredSeries: string;
    handoffs: string;
    noHandoffs: string;
    handoffsChart: string;
    helpful: string;
    helpfulHint: string;
    helpfulChart: string;
    helpfulSeries: string;
    misleading: string;
    misleadingCaption: string;
    entryColumns: { entry: string; shown: string; wrong: string; yes: string; no: string; reads: string };
    top: string;
    /** The noun after the total, in small type. */
    questionsNoun: PluralForms;
    topChart: string;
    topSeries: string;
    topColumns: { question: string; times: string; answered: string };
    definitions: { summary: string; terms: [string, string][] };
  };
}
