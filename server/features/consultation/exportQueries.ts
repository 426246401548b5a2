import type { Language } from '@shared/i18n/languages';
import type { CommentListQuery } from '@shared/schemas/consultation';
import type { Viewer } from '../../policies/index';
import { commentFormIn, commentsXlsx } from './exportXlsx';
import { commentsDocx } from './exportDocx';
import { compileComments, indicatorWithComments } from './queries';

/** The file formats of the compilation, with their media types and writers. */
export const COMPILATION_FORMATS = {
  xlsx: {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    write: commentsXlsx,
  },
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    write: commentsDocx,
  },
} as const;
export type CompilationFormat = keyof typeof COMPILATION_FORMATS;

/**
 * The compilation as a file: the IEC/ISO comment form's columns plus the disposition, with the
 * list's filters, headed in the reader's language.
 */
export async function compilationFile(
  viewer: Viewer,
  code: string,
  format: CompilationFormat,
  query: CommentListQuery,
  language: Language,
): Promise<{ file: Buffer; type: string; filename: string }> {
  const ind = await indicatorWithComments(viewer, code);
  const list = await compileComments(ind, viewer, query);
  const { heading, rows } = commentFormIn(language, ind, list, query);
  const { type, write } = COMPILATION_FORMATS[format];
  return { file: await write(heading, rows, language), type, filename: `${ind.code}-comments.${format}` };
}
