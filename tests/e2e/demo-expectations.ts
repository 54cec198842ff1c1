/** What the bundled demo article must show, shared by both browsers' tests. */
export const DEMO_PAGE = 'article.html';

/** Entries the demo article names in prose, which must all be painted. */
export const DEMO_TERMS = [
  'dermatomyositis',
  'creatine-kinase',
  'corticosteroids',
  'prednisone',
  'methylprednisolone',
  'topical-corticosteroids',
  'methotrexate',
  'folic-acid',
  'azathioprine',
  'tpmt-test',
  'mycophenolate',
  'tacrolimus',
  'hydroxychloroquine',
  'photoprotection',
  'ivig',
  'rituximab',
  'jak-inhibitors',
  'tofacitinib',
  'calcinosis',
  'juvenile-dermatomyositis',
  'anti-mda5',
  'anti-tif1-gamma',
  'myositis-specific-antibodies',
];

/** Places in the demo article that name terms but must hold no painted range. */
export const FORBIDDEN = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'input', 'textarea', '[contenteditable]'];

/**
 * Everything the engine skips (utils/highlight/exclusions.ts, as far as the demo
 * uses it): text there is neither painted nor counted in "On this page".
 */
export const SKIPPED = [...FORBIDDEN, 'script', 'style', 'title', 'head'].join(',');

/** Terms the demo names inside page controls: painted in the quieter `dmg-term-link` style. */
export const DEMO_CONTROL_TERMS = [
  'methotrexate', // in the link "read more about methotrexate"
  'prednisone', // in the button "Save prednisone note"
];

/** The input's value, which must be left as it is. */
export const DEMO_INPUT = { selector: '#med', value: 'rituximab' };
