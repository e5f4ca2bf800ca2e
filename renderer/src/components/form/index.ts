export { Field } from './Field';
export { FormPanel } from './FormPanel';
export { CheckboxField, CheckboxGroup, NumberField, SelectField, TextAreaField, TextField } from './inputs';
export { useZodForm, type FieldErrors } from './useZodForm';
export { useArchive, type ArchiveChannel } from './useArchive';
