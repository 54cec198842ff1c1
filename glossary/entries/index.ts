import type { GlossaryEntry } from '../types';
import { conditionEntries } from './conditions';
import { corticosteroidEntries } from './corticosteroids';
import { immunosuppressantEntries } from './immunosuppressants';
import { prednisoloneEntries } from './prednisolone';
import { signsAndDiagnosisEntries } from './signs-and-diagnosis';
import { supportiveCareEntries } from './supportive-care';
import { testEntries } from './tests';
import { relatedConditionAndTreatmentEntries } from './related-conditions-and-treatments';
import { monitoringAndSafetyEntries } from './monitoring-and-safety';
import { everydaySymptomEntries } from './everyday-symptoms';
import { diseaseMeasureEntries } from './disease-measures';
import { moreTreatmentEntries } from './more-treatments';
import { moreConditionEntries } from './more-conditions';

/** Every entry, unvalidated; import `glossary` from `glossary/index.ts` instead. */
export const allEntries: readonly GlossaryEntry[] = [
  ...conditionEntries,
  ...testEntries,
  ...corticosteroidEntries,
  ...prednisoloneEntries,
  ...immunosuppressantEntries,
  ...supportiveCareEntries,
  ...signsAndDiagnosisEntries,
  ...relatedConditionAndTreatmentEntries,
  ...monitoringAndSafetyEntries,
  ...everydaySymptomEntries,
  ...diseaseMeasureEntries,
  ...moreTreatmentEntries,
  ...moreConditionEntries,
];
