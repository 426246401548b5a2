import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Paragraph } from '@shared/paragraphs';
import '../../styles/consultation.css';

/**
 * One field's paragraphs with their ¶ numbers (the numbers comments and exports use). Each
 * paragraph can be linked to as `#para-<number>`; `after` adds something below a paragraph (its
 * comments, a button).
 */
export function NumberedParagraphs({
  paragraphs,
  after,
}: {
  paragraphs: Paragraph[];
  after?: (p: Paragraph) => ReactNode;
}) {
  const { t } = useTranslation('indicators');
  if (paragraphs.length === 0) return <span className="muted">{t('paragraphs.notWritten')}</span>;
  return (
    <>
      {paragraphs.map((p) => (
        <div key={p.id} className="numbered-paragraph" id={`para-${p.number}`} data-paragraph-id={p.id}>
          <p className="numbered-paragraph__text">
            <span className="numbered-paragraph__number">{t('paragraphs.number', { number: p.number })}</span>{' '}
            <span dir="auto">{p.text}</span>
          </p>
          {after?.(p)}
        </div>
      ))}
    </>
  );
}
