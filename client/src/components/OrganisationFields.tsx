import type { ComponentProps } from 'react';
import { ORG_CATEGORIES, ORG_CATEGORY_LABELS } from '@shared/roles';
import { SelectField, TextField } from './FormField';
import { EnumOptions } from './EnumOptions';

type SelectFieldProps = ComponentProps<typeof SelectField>;
type TextFieldProps = ComponentProps<typeof TextField>;

/** The organisation's "category" select, with every category and a "Choose a category" option. */
export function OrganisationCategorySelect(props: Omit<SelectFieldProps, 'name' | 'label' | 'children'>) {
  return (
    <SelectField name="category" label="Category" {...props}>
      <EnumOptions values={ORG_CATEGORIES} labels={ORG_CATEGORY_LABELS} emptyLabel="Choose a category" />
    </SelectField>
  );
}

/** The organisation's "country" field. */
export function OrganisationCountryField(props: Omit<TextFieldProps, 'name' | 'label'>) {
  return <TextField name="country" label="Country" maxLength={100} {...props} />;
}

/** The organisation's "website" field (a URL). */
export function OrganisationWebsiteField(props: Omit<TextFieldProps, 'name'>) {
  return <TextField name="website" type="url" inputMode="url" maxLength={300} {...props} />;
}
