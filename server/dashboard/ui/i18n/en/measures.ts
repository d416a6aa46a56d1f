/** Measures. */
import type { MeasuresStrings } from '../types/measures.ts';

export const measures: MeasuresStrings = {
  measures: {
    heading: 'Measures',
    units: { customers: 'customers', questions: 'questions', requests: 'requests', ratings: 'ratings' },
    resolution: 'Self-service resolution',
    resolutionHint: {
      one: '{resolved} of {n} customer who asked something read an answer and did not then say “No”, search again elsewhere, give up or ask a person, in that visit or within {hours} h: {resolved} hand-offs avoided.',
      other: '{resolved} of {n} customers who asked something read an answer and did not then say “No”, search again elsewhere, give up or ask a person, in that visit or within {hours} h: {resolved} hand-offs avoided.',
    },
    trend: '{points} points on the {days} days before ({previous}).',
    noTrend: 'No customers in the {days} days before to compare with.',
    unresolvedCaption: 'Why the others were not resolved',
    unresolvedColumns: { reason: 'Reason', customers: 'Customers' },
    resolutionChart: 'Daily self-service resolution rate, overall {rate}',
    resolved: 'Resolved',
    unanswered: 'Unanswered rate',
    unansweredHint: {
      one: '{unanswered} of {n} question found no answer, a weak or wrong one, or was given up on (each wording counted once per customer visit).',
      other: '{unanswered} of {n} questions found no answer, a weak or wrong one, or were given up on (each wording counted once per customer visit).',
    },
    unansweredChart: 'Daily unanswered rate, overall {rate}',
    unansweredSeries: 'Unanswered',
    handoffs: 'Hand-offs per channel',
    noHandoffs: 'No hand-offs yet.',
    handoffsChart: 'Hand-offs per day by channel: {channels}',
    helpful: 'Answers rated helpful',
    helpfulHint: '{yes} yes, {no} no to “did this help?”.',
    helpfulChart: 'Daily share of answers rated helpful, overall {rate}',
    helpfulSeries: 'Helpful',
    misleading: 'Answers that mislead',
    misleadingCaption: 'Per entry, the most wrong answers and “No” first. “Answered wrongly”: shown first for a question, then the customer searched again for something else, said “No”, gave up or asked a person.',
    entryColumns: { entry: 'Entry', shown: 'Shown first', wrong: 'Answered wrongly', yes: 'Yes', no: 'No', reads: 'Reads' },
    top: 'Top questions',
    questionsNoun: { one: 'question', other: 'questions' },
    topChart: 'Questions per day, {n} in total',
    topSeries: 'Questions',
    topColumns: { question: 'Question', times: 'Times asked', answered: 'Answered' },
    definitions: {
      summary: 'How these are counted',
      terms: [
        ['Customer', 'One browser’s visit to help: its events with no gap over 30 minutes, counted when something was asked in it.'],
        ['Resolved', 'The customer read an answer (opened it, or said “Yes”) and nothing after it said otherwise: no “No”, no giving up, no request for a person, no search that found nothing, no new search that led elsewhere, in that visit or within the follow-up window.'],
        ['Question', 'One wording a customer typed, counted once per visit: a search that found nothing, then “No”, then a request for a person on the same words is one question.'],
        ['Unanswered', 'A question that found nothing or only weak results and was not read, was given up on, got a “No”, led to a request for a person, or was answered wrongly: its answer was shown first, then the customer searched again for something else, said “No”, gave up or asked a person.'],
      ],
    },
  },
};
