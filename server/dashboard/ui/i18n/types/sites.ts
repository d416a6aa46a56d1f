/** Sites and their FAQ (each language's ../<lang>/sites.ts). */
import type { PluralForms } from '../../../../../widget/src/i18n/types.ts';

export interface SitesStrings {
  /** A site's FAQ index (pages/site-faq.tsx). */
  siteFaq: {
    label: string;
    none: string;
    entries: PluralForms;
    /** `{problem}` is the collector's reason. */
    problem: string;
    fieldLabel: string;
    fieldHint: string;
  };

  sites: {
    heading: string;
    adminsOnly: string;
    intro: string;
    fromConfig: string;
    fromDashboard: string;
    origins: string;
    noOrigins: string;
    handoffs: string;
    inboxAll: string;
    emailTo: string;
    emailFrom: string;
    webhook: string;
    everyHandoff: string;
    handoffsBy: string;
    deleted: string;
    confirmDelete: string;
    yesDelete: string;
    keep: string;
    edit: string;
    delete: string;
    scriptFor: string;
    copy: string;
    copied: string;
    copyByHand: string;
    saved: string;
    addedSite: string;
    form: {
      add: string;
      edit: string;
      key: string;
      keyFixed: string;
      keyHint: string;
      name: string;
      nameHint: string;
      origins: string;
      originsHint: string;
      email: string;
      emailTo: string;
      emailToHint: string;
      emailFrom: string;
      webhook: string;
      webhookUrl: string;
      webhookSecret: string;
      secretKeep: string;
      secretHint: string;
      channels: string;
      save: string;
      submit: string;
      cancel: string;
    };
  };
}
