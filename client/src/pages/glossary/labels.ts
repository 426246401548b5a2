import type { TermStatus } from '@shared/schemas/term';

export const TERM_STATUS_LABELS: Record<TermStatus, string> = { draft: 'Draft', agreed: 'Agreed' };
