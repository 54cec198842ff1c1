import type { Category } from '../../glossary/types';
import { t, type MessageKey } from '../../utils/browser/i18n';

export const CATEGORY_MESSAGES: Record<Category, MessageKey> = {
  condition: 'categoryCondition',
  symptom: 'categorySymptom',
  test: 'categoryTest',
  medicine: 'categoryMedicine',
  'medicine-class': 'categoryMedicineClass',
  procedure: 'categoryProcedure',
  care: 'categoryCare',
};

/** A category's name in the interface language. */
export function categoryLabel(category: Category): string {
  return t(CATEGORY_MESSAGES[category]);
}
