import type { GlossaryEntry } from '../types';
import { NHS_STEROID_CARD } from './corticosteroids';

/**
 * Prednisolone is the steroid UK and many EU guidelines start DM with, so it
 * gets its own medicine card rather than opening the general steroid card.
 */
export const prednisoloneEntries: readonly GlossaryEntry[] = [
  {
    id: 'prednisolone',
    name: 'Prednisolone',
    pronunciation: 'pred-NISS-oh-lone',
    category: 'medicine',
    classes: ['systemic-steroid'],
    // Prednesol (UK) is a soluble tablet; the gastro-resistant tablets are coated to spare the stomach.
    aliases: ['Prednesol', 'prednisolone sodium phosphate', 'Orapred', 'Millipred', 'Pediapred'],
    summary: 'Prednisolone is a steroid pill that works fast and is often the first medicine for DM in the UK.',
    sections: {
      whyInDm:
        'It works fast, so it is used first to calm muscle and skin disease in DM. It is very close to prednisone, which is used more in the US. It is started at a high dose and lowered slowly over months as you get better. Another medicine is often added so the dose can come down sooner.',
      howGiven:
        'It is taken by mouth as plain tablets, coated tablets that spare the stomach, or tablets that dissolve in water. In the US it also comes as a liquid and as tablets that melt in the mouth. Your doctor picks the dose and lowers it step by step. Do not stop it suddenly on your own, because your body needs time to make its own steroid again. If you take it for more than three weeks, you will get a steroid card. Carry it and show it to any doctor or nurse who treats you. If you become very ill, are badly hurt or need an operation, tell the staff you take steroids.',
      sideEffects:
        'Some problems, such as mood changes or stomach upset, can start right away. Tell a doctor at once about strong mood changes, such as feeling very low. Others come after weeks or months, such as a rounder face, weak arms and legs, high blood sugar and thin bones. It makes infections more likely. If you have never had chickenpox or shingles, keep away from people who have them, and see a doctor if you are near one. At higher doses, live vaccines such as MMR, chickenpox or yellow fever are not advised, so ask before any vaccine.',
      questions: [
        'How will we lower my dose, and how fast?',
        'Do I need a steroid card, and where do I get one?',
        'What should I do if I am sick and cannot keep my tablets down?',
        'Do I need calcium, vitamin D or a bone scan?',
      ],
    },
    related: ['corticosteroids', 'prednisone', 'methylprednisolone', 'steroid-taper', 'adrenal-insufficiency', 'steroid-induced-diabetes', 'osteoporosis', 'infection-risk', 'live-vaccines', 'steroid-sleep-problems'],
    sources: [
      { publisher: 'electronic medicines compendium (emc)', title: 'Prednisolone gastro-resistant tablets: patient information leaflet', url: 'https://www.medicines.org.uk/emc/product/4312/pil' },
      { publisher: 'electronic medicines compendium (emc)', title: 'Prednesol 5mg tablets: patient information leaflet', url: 'https://www.medicines.org.uk/emc/product/14675/pil' },
      NHS_STEROID_CARD,
      { publisher: 'U.S. Food and Drug Administration', title: 'Orapred ODT (prednisolone sodium phosphate orally disintegrating tablets) label', url: 'https://www.accessdata.fda.gov/drugsatfda_docs/label/2024/021959s014lbl.pdf' },
    ],
    reviewed: '2026-12-06',
  },
];
