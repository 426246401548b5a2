import { AreaPage } from '../components/AreaPage';

export function LibraryPage() {
  return (
    <AreaPage
      title="Library"
      lead="The coalition’s shared documents: session reports, presentations, research and drafts, each with its full version history."
      uses={[
        { title: 'Find', text: 'documents by meeting, organisation, kind, tag or year.' },
        {
          title: 'Upload',
          text: 'a file for the coalition, with who may see it: everyone, members or hosts.',
        },
        { title: 'Revise', text: 'a document by adding a new version; earlier versions stay downloadable.' },
      ]}
      emptyTitle="No documents yet"
      emptyText="Documents that members share will be listed here, newest first."
    />
  );
}
