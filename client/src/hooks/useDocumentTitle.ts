import { useEffect } from 'react';

const PRODUCT = 'Coalition Workspace';

/** Sets document.title to "<page> · Coalition Workspace" (or just the product name). */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${PRODUCT}` : PRODUCT;
  }, [title]);
}
