import { AreaPage } from '../components/AreaPage';

export function DiscussionsPage() {
  return (
    <AreaPage
      title="Discussions"
      lead="Threads where members talk through drafts, documents and follow-ups in real time, between and during sessions."
      uses={[
        { title: 'Follow', text: 'new messages as they arrive, and see who else is reading.' },
        { title: 'Reply', text: 'to a message, or edit your own after you posted it.' },
        { title: 'Catch up', text: 'on what you missed: unread threads are marked for you.' },
      ]}
      emptyTitle="No discussions yet"
      emptyText="Threads started by members will be listed here, most recently active first."
    />
  );
}
