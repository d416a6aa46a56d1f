/**
 * The channels a customer is offered now: the site owner's settings with
 * their defaults, only those that can work on this page (a collector for
 * the form channels, a number for WhatsApp, a chat widget on the page for
 * chat), each with whether it is open, when it opens, and which channel
 * actually carries a hand-off made through it (a closed channel's messages
 * go to the inbox when there is one). Pure: `now` and the chats found on
 * the page are passed in.
 */
import type { ChannelConfig, ChannelSetting, ChannelType, ChatVendor, ContactField } from '../types.ts';
import { openState } from './business-hours.ts';

const TYPES: readonly ChannelType[] = ['inbox', 'email', 'webhook', 'whatsapp', 'chat'];

/** Channel types that are a form sent to the collector. */
export const FORM_TYPES: readonly ChannelType[] = ['inbox', 'email', 'webhook'];

export interface ResolvedChannel {
  id: string;
  type: ChannelType;
  config: ChannelConfig;
  open: boolean;
  /** Closed: the next opening (epoch ms). */
  opensAt?: number;
  /** Whether it is answered in the customer's language. */
  speaksCustomer: boolean;
  /** Contact fields the customer must fill in. */
  fields: ContactField[];
  /** What carries the hand-off: the type itself, or `inbox` when closed and the site has a collector. */
  carrier: ChannelType;
  /** Chat: the vendor whose widget takes the conversation. */
  vendor?: ChatVendor;
}

export interface ResolveInput {
  settings: readonly ChannelSetting[] | undefined;
  /** Whether the widget has a collector (form channels need one). */
  collector: boolean;
  lang: string;
  now: number;
  /** Chat widgets found on the page, in order of preference. */
  chats: readonly ChatVendor[];
}

const primary = (tag: string): string => tag.toLowerCase().split('-')[0]!;

function defaultFields(type: ChannelType): ContactField[] {
  return FORM_TYPES.includes(type) ? ['email'] : [];
}

/** Settings as configs; default: the inbox when there is a collector. */
export function channelConfigs(settings: readonly ChannelSetting[] | undefined, collector: boolean): ChannelConfig[] {
  const list = settings ?? (collector ? ['inbox' as const] : []);
  return list.map((s) => (typeof s === 'string' ? { type: s } : s));
}

export function resolveChannels({ settings, collector, lang, now, chats }: ResolveInput): ResolvedChannel[] {
  const out: ResolvedChannel[] = [];
  const seen = new Set<string>();
  for (const config of channelConfigs(settings, collector)) {
    const { type } = config;
    const id = config.id ?? type;
    if (seen.has(id) || !TYPES.includes(type)) continue;
    let vendor: ChatVendor | undefined;
    if (FORM_TYPES.includes(type) && !collector) continue;
    if (type === 'whatsapp' && !/^\d{6,15}$/.test(config.number ?? '')) continue;
    if (type === 'chat') {
      vendor = config.vendor ? chats.find((c) => c === config.vendor) : chats[0];
      if (!vendor) continue;
    }
    seen.add(id);
    const state = safeOpenState(config, now);
    const carrier = !state.open && collector && !FORM_TYPES.includes(type) ? 'inbox' : type;
    out.push({
      id,
      type,
      config,
      open: state.open,
      ...(state.opensAt !== undefined ? { opensAt: state.opensAt } : {}),
      speaksCustomer: !config.languages?.length || config.languages.some((l) => primary(l) === primary(lang)),
      fields: carrier === type ? (config.fields ?? defaultFields(type)) : (config.fields?.length ? config.fields : ['email']),
      carrier,
      ...(vendor ? { vendor } : {}),
    });
  }
  // Open channels in the customer's language first, keeping the owner's order otherwise.
  const rank = (c: ResolvedChannel) => (c.open ? 0 : 2) + (c.speaksCustomer ? 0 : 1);
  return out.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i).map(({ c }) => c);
}

/** Bad hours are the owner's mistake: the channel counts as open rather than vanish. */
function safeOpenState(config: ChannelConfig, now: number): { open: boolean; opensAt?: number } {
  try {
    return openState(config.hours, now);
  } catch {
    return { open: true };
  }
}

/** Contact fields the form shows: the required ones, and the name (optional) for a message to the collector. */
export function shownFields(channel: Pick<ResolvedChannel, 'fields' | 'carrier'>): ContactField[] {
  const order: ContactField[] = ['name', 'email', 'phone'];
  const optionalName = FORM_TYPES.includes(channel.carrier);
  return order.filter((f) => channel.fields.includes(f) || (f === 'name' && optionalName));
}
