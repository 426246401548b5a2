import { z } from 'zod';

/** File types the document page shows as a readable page (PDFs and images are shown by the browser). */
export const READABLE_PREVIEW_TYPES = [
  'text/markdown',
  'text/plain',
  'text/csv',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

/**
 * A document version made readable in the page: `html` has been sanitised by the server (Markdown
 * rendered, DOCX converted); `text` is plain text to show as it is. Long files are cut, and say so.
 */
export const DocumentPreviewDtoSchema = z.object({
  format: z.enum(['html', 'text']),
  content: z.string(),
  truncated: z.boolean(),
});
export type DocumentPreviewDto = z.infer<typeof DocumentPreviewDtoSchema>;

export const PreviewQuerySchema = z.strictObject({
  version: z.coerce.number().int().min(1).optional(),
});
