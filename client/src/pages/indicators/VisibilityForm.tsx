import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Visibility } from '@shared/roles';
import type { IndicatorDto } from '@shared/schemas/indicator';
import { setIndicatorVisibility } from '../../api/indicators';
import { queryKeys } from '../../api/queryKeys';
import { SelectField } from '../../components/FormField';
import { errorMessage } from '../../components/QueryStatus';
import { VISIBILITY_LABELS } from '../../components/labels';

/** Who may read the indicator: hosts choose any audience, its creator public or members (server rule). */
export function VisibilityForm({ indicator, isHost }: { indicator: IndicatorDto; isHost: boolean }) {
  const { t } = useTranslation('indicators');
  const queryClient = useQueryClient();
  const [visibility, setVisibility] = useState<Visibility>(indicator.visibility);
  const choices: Visibility[] = isHost ? ['public', 'members', 'hosts'] : ['public', 'members'];
  const save = useMutation({
    mutationFn: () => setIndicatorVisibility(indicator.code, visibility),
    onSuccess: (updated) => {
      queryClient.setQueryData(queryKeys.indicator(indicator.code), updated);
      void queryClient.invalidateQueries({ queryKey: ['indicators'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="section section--tight stack" onSubmit={submit} aria-labelledby="visibility-heading">
      <h2 id="visibility-heading">{t('visibilityForm.heading')}</h2>
      <SelectField
        id="indicator-visibility"
        label={t('visibilityForm.label')}
        value={visibility}
        onChange={(e) => setVisibility(e.target.value as Visibility)}
      >
        {choices.map((v) => (
          <option key={v} value={v}>
            {VISIBILITY_LABELS[v]}
          </option>
        ))}
      </SelectField>
      {save.isError && (
        <p className="field__error" role="alert">
          {errorMessage(save.error)}
        </p>
      )}
      <button
        type="submit"
        className="button button--secondary"
        disabled={save.isPending || visibility === indicator.visibility}
      >
        {save.isPending ? t('saving') : t('visibilityForm.submit')}
      </button>
    </form>
  );
}
