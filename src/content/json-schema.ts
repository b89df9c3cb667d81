// deck.yaml as JSON Schema (for editors: `# yaml-language-server: $schema=…`), generated from the zod schemas
// that validate decks, so the two never disagree. docs/deck.schema.json is this output (a test keeps it current).
import { z } from 'zod';
import { deckSchema, layoutSchemas } from './schema.ts';

export function deckJsonSchema(): Record<string, unknown> {
  const slides = Object.entries(layoutSchemas).map(([name, s]) =>
    (s as unknown as z.ZodObject).safeExtend({ layout: z.literal(name) }).describe(`a ${name} slide`));
  const deck = deckSchema.extend({ slides: z.array(z.union(slides as unknown as [z.ZodObject, z.ZodObject])).min(1) });
  return { $id: 'https://podium.dev/deck.schema.json', title: 'Podium deck.yaml', ...z.toJSONSchema(deck, { io: 'input', unrepresentable: 'any' }) };
}
