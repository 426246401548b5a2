import type { TermStatus } from '@shared/schemas/term';
import { i18n } from '../../i18n';

/** A term's status in the reader's language, looked up each time it is read (never at module load). */
export const TERM_STATUS_LABELS: Readonly<Record<TermStatus, string>> = {
  get draft() {
    return i18n.t('directory:termStatus.draft');
  },
  get agreed() {
    return i18n.t('directory:termStatus.agreed');
  },
};
