/** An Adaptive Card as JSON; the builders here are pure and unit-tested. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  body: Record<string, unknown>[];
  actions?: Record<string, unknown>[];
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export function adaptiveCard(
  body: Record<string, unknown>[],
  actions?: Record<string, unknown>[],
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions && actions.length > 0 ? { actions } : {}),
  };
}

export const textBlock = (text: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...extra,
});

/** A card as a Bot Framework attachment. */
export const cardAttachment = (card: AdaptiveCard) => ({
  contentType: ADAPTIVE_CARD_CONTENT_TYPE,
  content: card,
});

/** An instant as Adaptive Card DATE()/TIME() functions take it: ISO 8601 without fractions of a second. */
export function cardInstant(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
