import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_CATEGORIES } from '@shared/roles';
import { SelectField, TextField } from './FormField';
import { EnumOptions } from './EnumOptions';
import { ORG_CATEGORY_LABELS } from './labels';

type SelectFieldProps = ComponentProps<typeof SelectField>;
type TextFieldProps = ComponentProps<typeof TextField>;

/** The organisation's "category" select, with every category and a "Choose a category" option. */
export function OrganisationCategorySelect(props: Omit<SelectFieldProps, 'name' | 'label' | 'children'>) {
  const { t } = useTranslation('admin');
  return (
    <SelectField name="category" label={t('organisationFields.category')} {...props}>
      <EnumOptions
        values={ORG_CATEGORIES}
        labels={ORG_CATEGORY_LABELS}
        emptyLabel={t('organisationFields.chooseCategory')}
      />
    </SelectField>
  );
}

/** The organisation's "country" field. */
export function OrganisationCountryField(props: Omit<TextFieldProps, 'name' | 'label'>) {
  const { t } = useTranslation('admin');
  return <TextField name="country" label={t('organisationFields.country')} maxLength={100} {...props} />;
}

/** The organisation's "website" field (a URL). */
export function OrganisationWebsiteField(props: Omit<TextFieldProps, 'name'>) {
  return <TextField name="website" type="url" inputMode="url" maxLength={300} {...props} />;
}
