/** What the dashboard's notice routes answer (types only: the UI bundle imports them). */
import type { Notice } from './store.ts';
import type { NoticeStats } from './notice-stats.ts';

export type NoticeStatus = 'scheduled' | 'live' | 'ended';

export interface NoticeView extends Notice {
  /** "n12": the id in events and in the widget. */
  key: string;
  status: NoticeStatus;
}

export interface NoticesListReply {
  notices: NoticeView[];
  /** Every site key (the form's choices). */
  sites: string[];
}

export interface NoticeReply {
  notice: NoticeView;
  stats: NoticeStats;
  /** Titles of the related FAQ entries, by id (when the site's FAQ has them). */
  titles: Record<string, string>;
}

export type { Notice, NoticeStats };
export type { TopicChange } from './notice-stats.ts';
