import { adaptiveCard, textBlock, type AdaptiveCard } from './adaptive-card';

/** Tells the user what went wrong, in words they can act on. */
export function errorCard(
  message: string,
  fields: readonly { field: string; message: string }[] = [],
): AdaptiveCard {
  return adaptiveCard([
    textBlock('That did not work', { weight: 'Bolder', color: 'Attention' }),
    textBlock(message),
    ...fields.map((f) => textBlock(`${f.field}: ${f.message}`, { size: 'Small', isSubtle: true })),
  ]);
}
