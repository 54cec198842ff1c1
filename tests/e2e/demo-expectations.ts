/** What the bundled demo article must show, shared by both browsers' tests. */
export const DEMO_PAGE = 'article.html';

/** Entries the demo article names in prose, which must all be highlighted. */
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

/** Selectors of places in the demo article that hold terms but must stay untouched. */
export const UNTOUCHED = ['a', 'code', 'pre', 'form', '[contenteditable]'];

export const HIGHLIGHT_CONTRACT = {
  tabindex: '0',
  role: 'button',
  'aria-haspopup': 'dialog',
  'aria-expanded': 'false',
} as const;
