/**
 * The search's language knowledge, as data: words that carry no topic, suffix
 * rules for a light stemmer, and the words patients use for what the glossary
 * says another way. Nothing here names a glossary entry: new entries are
 * found through their own text, names and aliases.
 */

/** Words that only shape a question ("can I take it while pregnant?"). */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'without', 'from', 'at', 'by', 'about',
  'is', 'are', 'was', 'be', 'been', 'am', 'it', 'its', 'this', 'that', 'these', 'those', 'there',
  'i', 'me', 'my', 'you', 'your', 'we', 'our', 'they', 'their', 'he', 'she', 'his', 'her',
  'what', 'whats', 'which', 'who', 'why', 'how', 'when', 'where', 'does', 'do', 'did', 'can', 'could',
  'should', 'would', 'will', 'may', 'might', 'must', 'get', 'getting', 'got', 'take', 'taking', 'have', 'having', 'has',
  'while', 'during', 'after', 'before', 'if', 'so', 'than', 'too', 'very', 'much', 'many', 'any', 'some',
  'need', 'mean', 'means', 'meaning', 'ok', 'okay', 'safe', 'really', 'also', 'just', 'still', 'like', 'vs', 'versus',
  // Words that frame a symptom without naming it: "trouble breathing" is about breathing.
  'trouble', 'problem', 'problems', 'difficulty', 'hard',
  // "Can't sleep" asks about sleep; the negation carries no topic, and as a word it matched nothing.
  "can't", 'can’t', 'cant', 'cannot',
]);

/**
 * Suffix rules, tried in order; the first whose suffix ends the word (leaving at least
 * `keep` letters) applies. Plural and verb endings only: "steroids" and "steroid",
 * "swallowing" and "swallow" meet, while names and brands keep their shape.
 */
export const STEM_RULES: ReadonlyArray<{ suffix: string; replace: string; keep: number }> = [
  { suffix: 'ies', replace: 'y', keep: 3 },
  { suffix: 'sses', replace: 'ss', keep: 2 },
  { suffix: 'shes', replace: 'sh', keep: 2 },
  { suffix: 'ches', replace: 'ch', keep: 2 },
  { suffix: 'xes', replace: 'x', keep: 2 },
  { suffix: 'ss', replace: 'ss', keep: 1 },
  { suffix: 'us', replace: 'us', keep: 1 },
  { suffix: 'is', replace: 'is', keep: 1 },
  { suffix: "'s", replace: '', keep: 2 },
  { suffix: 's', replace: '', keep: 3 },
  { suffix: 'ing', replace: '', keep: 4 },
  { suffix: 'ed', replace: '', keep: 4 },
];

/** After "-ing" or "-ed" comes off, "thinn" becomes "thin"; these doubled letters stay ("swell"). */
export const KEEP_DOUBLED = new Set(['l', 's', 'z', 'f']);

/**
 * What a patient may type → words the glossary uses for it. Keys and values are
 * plain words (the stemmer runs on both). A query word also matches its own text.
 */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  shot: ['vaccine', 'injection'],
  jab: ['vaccine', 'injection'],
  vaccination: ['vaccine'],
  immunization: ['vaccine'],
  booster: ['vaccine'],
  covid: ['covid-19'],
  coronavirus: ['covid-19'],
  pregnant: ['pregnancy'],
  pregnancy: ['pregnant', 'unborn'],
  expecting: ['pregnancy'],
  conceive: ['pregnancy', 'fertility'],
  baby: ['pregnancy', 'unborn'],
  breastfeeding: ['breastfeed', 'breast-feeding'],
  test: ['exam', 'check', 'scan'],
  exam: ['check', 'test'],
  checkup: ['check', 'exam'],
  // Trouble breathing in DM is mostly about the lungs, which the cards name more often than breath.
  breathless: ['breath', 'breathing', 'lung'],
  breathe: ['breath', 'breathing', 'lung'],
  breathing: ['breath', 'lung'],
  breath: ['breathing', 'lung'],
  lungs: ['lung'],
  cough: ['cough', 'lung'],
  swallow: ['swallowing'],
  choking: ['swallowing'],
  eye: ['retina'],
  eyes: ['retina'],
  eyesight: ['eye', 'vision'],
  vision: ['eye'],
  sight: ['eye'],
  bone: ['bone', 'osteoporosis'],
  bones: ['bone', 'osteoporosis'],
  weak: ['weakness'],
  tired: ['fatigue', 'tiredness'],
  infection: ['infection', 'germ'],
  sun: ['sun', 'uv', 'sunscreen'],
  sunscreen: ['sun'],
  sunblock: ['sunscreen', 'sun'],
  rash: ['rash', 'skin'],
  itch: ['itchy', 'itching'],
  itchy: ['itch', 'itching'],
  'side-effect': ['side'],
  drip: ['infusion', 'vein'],
  infusion: ['drip', 'vein'],
  iv: ['vein', 'drip'],
  pill: ['tablet', 'mouth'],
  pills: ['tablet', 'mouth'],
  tablet: ['pill', 'mouth'],
  cream: ['ointment', 'topical'],
  ointment: ['cream', 'topical'],
  loss: ['thinning'],
  bald: ['hair'],
  kidney: ['kidney'],
  stomach: ['nausea', 'stomach'],
  sick: ['nausea', 'ill'],
  nauseous: ['nausea'],
  diet: ['food', 'nutrition', 'dietitian'],
  food: ['diet', 'nutrition'],
  eating: ['food', 'diet'],
  exercise: ['exercise', 'therapy'],
  lumps: ['lump', 'calcium'],
  knuckles: ['knuckle', 'finger'],
  eyelids: ['eyelid'],
  purple: ['violet', 'purple'],
  // Only the tumor-markers card says "tumor", so cancer → tumor sent every "cancer" query there
  // (a rare word weighs most); the other way round, "tumor" still finds the cancer cards.
  cancer: ['cancer'],
  tumor: ['tumor', 'cancer'],
  tumour: ['tumor', 'cancer'],
  blood: ['blood'],
  muscle: ['muscle'],
  prevention: ['prophylaxis', 'prevent'],
  prevent: ['prophylaxis', 'prevention'],
  preventing: ['prophylaxis', 'prevention'],
  shortness: ['breath', 'breathless', 'lung'],
  breathlessness: ['breath', 'breathless', 'lung'],
  choke: ['swallowing'],
  bumps: ['bump', 'lump'],
  medication: ['medicine'],
  medications: ['medicine'],
  // Everyday words for fatigue, brain fog and sleep (UX review 12b, M7).
  exhausted: ['fatigue', 'tiredness'],
  exhaustion: ['fatigue', 'tiredness'],
  forgetful: ['forget', 'memory', 'fog'],
  forgetting: ['forget', 'memory', 'fog'],
  foggy: ['fog'],
  sleepless: ['sleep', 'insomnia'],
  awake: ['sleep', 'insomnia'],
  insomnia: ['sleep'],
};

/**
 * Words that describe what the body does or feels. A query holding one, and no word of
 * TEST_WORDS, asks about a symptom, so condition and symptom cards rank above the tests
 * and procedures that look for it ("swallowing" is dysphagia before the swallow study).
 * Stemmed forms, as queryGroups gives them.
 */
export const SYMPTOM_WORDS: ReadonlySet<string> = new Set([
  'breath', 'breathless', 'breathe', 'breathlessness', 'shortness', 'wheez', 'cough', 'choke', 'chok',
  'swallow', 'lump', 'bump', 'rash', 'itch', 'itchy', 'weak', 'weakness', 'tired', 'tiredness', 'fatigue',
  'pain', 'ache', 'sore', 'swell', 'swollen', 'stiff', 'stiffness', 'numb', 'tingl', 'dizzy', 'fever',
  'exhaust', 'exhaustion', 'fog', 'foggy', 'forgetful', 'sleep', 'sleepless', 'insomnia', 'awake',
]);

/** Words that ask for a test or procedure, which put those cards in front. Stemmed forms. */
export const TEST_WORDS: ReadonlySet<string> = new Set([
  'test', 'exam', 'check', 'checkup', 'scan', 'study', 'biopsy', 'screen', 'screening', 'level', 'panel',
  'result', 'x-ray', 'xray', 'mri', 'ct', 'emg', 'measure', 'procedure', 'surgery',
]);

/** How much a symptom query lifts condition and symptom cards, and lowers test and procedure cards. */
export const SYMPTOM_CARD_BOOST = 1.6;
export const TEST_CARD_DAMPING = 0.6;
/** How much a test query ("lung scan") lifts test and procedure cards over the condition they look at. */
export const TEST_CARD_BOOST = 1.6;

/** A matched sentence starting with one of these needs the sentence before it to make sense. */
export const LEAD_INS: ReadonlySet<string> = new Set(['these', 'this', 'they', 'it', 'its', 'such', 'those', 'that', 'both']);
