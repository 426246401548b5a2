import { AreaPage } from '../components/AreaPage';

export function IndicatorsPage() {
  return (
    <AreaPage
      title="Indicators"
      lead="Drafts of indicators on child sexual abuse material online, which the coalition develops together for advocacy at higher policy level."
      uses={[
        {
          title: 'Draft and revise',
          text: 'an indicator; every change is kept as a revision you can compare.',
        },
        { title: 'Discuss', text: 'each draft with the other members in its own thread.' },
        {
          title: 'Record your organisation’s position',
          text: 'during a consultation, so everyone sees where each member stands.',
        },
      ]}
      emptyTitle="No indicator drafts yet"
      emptyText="Indicator drafts will be listed here with their status, latest revision and the positions recorded on them."
    />
  );
}
