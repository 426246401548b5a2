import { z } from 'zod';

export const HealthSchema = z.object({ status: z.enum(['ok', 'unavailable']), db: z.enum(['up', 'down']) });
export type Health = z.infer<typeof HealthSchema>;
