import type { ReactNode } from 'react';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { EmptyState } from './QueryStatus';

interface AreaPageProps {
  title: string;
  lead: string;
  /** What people do in this area, one line each. */
  uses: { title: string; text: string }[];
  emptyTitle: string;
  emptyText: ReactNode;
}

/** A workspace area whose content is still empty: what it is for, and an honest empty state. */
export function AreaPage({ title, lead, uses, emptyTitle, emptyText }: AreaPageProps) {
  useDocumentTitle(title);
  return (
    <div className="page">
      <header className="page-header">
        <h1>{title}</h1>
        <p className="lead">{lead}</p>
      </header>
      <section className="section" aria-labelledby="area-uses-heading">
        <h2 id="area-uses-heading">What this area is for</h2>
        <ul className="feature-list">
          {uses.map((use) => (
            <li key={use.title}>
              <strong>{use.title}</strong> {use.text}
            </li>
          ))}
        </ul>
      </section>
      <EmptyState title={emptyTitle}>{emptyText}</EmptyState>
    </div>
  );
}
