/**
 * The wave forms edit the questionnaire settings as top-level fields; the API names them inside `config`
 * and per entry (`config.districts.3`). This maps an API error key to the form's field.
 */
export function configFieldOf(key: string): string {
  return key.replace(/^config\./, '').replace(/\.\d+$/, '');
}
