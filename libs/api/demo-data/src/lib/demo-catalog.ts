/**
 * A deterministic demo catalog of Norwegian lighting products: the same seed gives the
 * same products, byte for byte, so tests, screenshots and benchmarks can name SKUs.
 * No framework imports: `tools/catalog` loads it from a plain script for benchmarks.
 */

export interface DemoCategory {
  slug: string;
  parentSlug: string | null;
  name: string;
  nameEn: string;
  sortOrder: number;
}

export interface DemoProduct {
  sku: string;
  name: string;
  description: string;
  keywords: string;
  categorySlug: string;
  brand: string;
  listPriceOre: number;
  wattage: number | null;
  lumen: number | null;
  colourTemperatureK: number | null;
  cri: number | null;
  ipRating: string | null;
  beamAngle: number | null;
  dimmable: boolean | null;
  stockStatus: string;
  stockDate: string | null;
  bulky: boolean;
  netPriced: boolean;
  lifecycle: 'active' | 'end_of_life';
  replacementSku: string | null;
}

export const DEMO_CATALOG_SIZE = 2_000;
const DEFAULT_SEED = 20261122;
/** The first SKU is LT-10000; SKUs count up from there. */
const FIRST_SKU_NUMBER = 10_000;

const demoSku = (index: number) => `LT-${FIRST_SKU_NUMBER + index}`;

/** mulberry32: tiny, fast and good enough to pick names; Math.random is not seedable. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Kind {
  category: string;
  /** Product noun as it appears in the name. */
  noun: string;
  keywords: string;
  watts: [number, number];
  /** Luminous efficacy lm/W; 0 for products that give no light (drivers, sensors). */
  efficacy: number;
  priceKr: [number, number];
  ip: string[];
  beam: number[] | null;
  bulky: number;
  shapes: string[];
}

const CATEGORIES: DemoCategory[] = [
  ['innendors', null, 'Innendørs', 'Indoor'],
  ['downlights', 'innendors', 'Downlights', 'Downlights'],
  ['spotlights', 'innendors', 'Spotlights og skinner', 'Spotlights and tracks'],
  ['panellys', 'innendors', 'Panellys', 'Panels'],
  ['led-lister', 'innendors', 'LED-lister', 'LED strips'],
  ['pendler', 'innendors', 'Pendler', 'Pendants'],
  ['vegglamper', 'innendors', 'Vegglamper', 'Wall lights'],
  ['utendors', null, 'Utendørs', 'Outdoor'],
  ['lyskastere', 'utendors', 'Lyskastere', 'Floodlights'],
  ['veggarmaturer-ute', 'utendors', 'Veggarmaturer', 'Outdoor wall lights'],
  ['pullerter', 'utendors', 'Pullerter', 'Bollards'],
  ['gatelys', 'utendors', 'Gate- og parklys', 'Street and park lights'],
  ['industri', null, 'Industri', 'Industrial'],
  ['hoytaklys', 'industri', 'Høytaklys', 'High bays'],
  ['armaturer', 'industri', 'Lysrørarmaturer', 'Linear luminaires'],
  ['nodlys', null, 'Nødlys', 'Emergency lighting'],
  ['lyskilder', null, 'Lyskilder', 'Lamps'],
  ['led-paerer', 'lyskilder', 'LED-pærer', 'LED bulbs'],
  ['led-ror', 'lyskilder', 'LED-rør', 'LED tubes'],
  ['drivere', null, 'Drivere', 'Drivers'],
  ['tilbehor', null, 'Tilbehør', 'Accessories'],
  ['dimmere', 'tilbehor', 'Dimmere', 'Dimmers'],
  ['sensorer', 'tilbehor', 'Sensorer', 'Sensors'],
].map(([slug, parentSlug, name, nameEn], sortOrder) => ({
  slug: slug as string,
  parentSlug,
  name: name as string,
  nameEn: nameEn as string,
  sortOrder,
}));

const KINDS: Kind[] = [
  {
    category: 'downlights',
    noun: 'downlight',
    keywords: 'downlight innfelt takspot spot',
    watts: [5, 25],
    efficacy: 95,
    priceKr: [189, 1290],
    ip: ['IP20', 'IP44', 'IP65'],
    beam: [24, 36, 60, 90],
    bulky: 0,
    shapes: ['rund', 'firkantet', 'tiltbar', 'slim'],
  },
  {
    category: 'spotlights',
    noun: 'skinnespot',
    keywords: 'spot skinne 3-fase track',
    watts: [10, 40],
    efficacy: 90,
    priceKr: [590, 2490],
    ip: ['IP20'],
    beam: [15, 24, 36, 55],
    bulky: 0,
    shapes: ['sort', 'hvit', 'sølv'],
  },
  {
    category: 'panellys',
    noun: 'LED-panel',
    keywords: 'panel himling kontor 60x60',
    watts: [20, 45],
    efficacy: 120,
    priceKr: [690, 2190],
    ip: ['IP20', 'IP44'],
    beam: [110, 120],
    bulky: 0.3,
    shapes: ['60x60', '30x120', '62x62', 'rund 600'],
  },
  {
    category: 'led-lister',
    noun: 'LED-list',
    keywords: 'led stripe list lysbånd',
    watts: [5, 20],
    efficacy: 100,
    priceKr: [149, 990],
    ip: ['IP20', 'IP54', 'IP67'],
    beam: [120],
    bulky: 0,
    shapes: ['5 m', '10 m', '2 m', '24 V'],
  },
  {
    category: 'pendler',
    noun: 'pendel',
    keywords: 'pendel taklampe hengelampe',
    watts: [8, 40],
    efficacy: 80,
    priceKr: [890, 5990],
    ip: ['IP20'],
    beam: null,
    bulky: 0.2,
    shapes: ['opal', 'messing', 'sort', 'glass'],
  },
  {
    category: 'vegglamper',
    noun: 'vegglampe',
    keywords: 'vegg lampe innendørs',
    watts: [4, 15],
    efficacy: 75,
    priceKr: [390, 2490],
    ip: ['IP20', 'IP44'],
    beam: null,
    bulky: 0,
    shapes: ['opp/ned', 'opal', 'lesespot'],
  },
  {
    category: 'lyskastere',
    noun: 'lyskaster',
    keywords: 'lyskaster flomlys utendørs anlegg',
    watts: [20, 300],
    efficacy: 125,
    priceKr: [490, 8990],
    ip: ['IP65', 'IP66'],
    beam: [30, 60, 90, 120],
    bulky: 0.35,
    shapes: ['asymmetrisk', 'symmetrisk', 'med sensor'],
  },
  {
    category: 'veggarmaturer-ute',
    noun: 'veggarmatur',
    keywords: 'vegg utendørs fasade inngang',
    watts: [6, 25],
    efficacy: 85,
    priceKr: [390, 2990],
    ip: ['IP44', 'IP54', 'IP65'],
    beam: null,
    bulky: 0,
    shapes: ['kubus', 'opp/ned', 'rund', 'med sensor'],
  },
  {
    category: 'pullerter',
    noun: 'pullert',
    keywords: 'pullert hage gangvei utendørs',
    watts: [6, 20],
    efficacy: 80,
    priceKr: [990, 4990],
    ip: ['IP65'],
    beam: null,
    bulky: 0.6,
    shapes: ['650 mm', '900 mm', '300 mm'],
  },
  {
    category: 'gatelys',
    noun: 'gatelysarmatur',
    keywords: 'gatelys parklys vei mast',
    watts: [30, 150],
    efficacy: 140,
    priceKr: [2990, 12990],
    ip: ['IP66'],
    beam: [120, 140],
    bulky: 0.9,
    shapes: ['type II', 'type III', 'topp'],
  },
  {
    category: 'hoytaklys',
    noun: 'høytaklys',
    keywords: 'høytak lager hall industri UFO',
    watts: [100, 240],
    efficacy: 150,
    priceKr: [1990, 7990],
    ip: ['IP65'],
    beam: [60, 90, 120],
    bulky: 0.8,
    shapes: ['UFO', 'lineær', 'med DALI'],
  },
  {
    category: 'armaturer',
    noun: 'lysrørarmatur',
    keywords: 'armatur lysrør verksted garasje tett',
    watts: [18, 60],
    efficacy: 130,
    priceKr: [390, 1990],
    ip: ['IP65', 'IP66'],
    beam: [120],
    bulky: 0.4,
    shapes: ['1200 mm', '1500 mm', '600 mm'],
  },
  {
    category: 'nodlys',
    noun: 'nødlysarmatur',
    keywords: 'nødlys ledelys exit markering',
    watts: [2, 6],
    efficacy: 60,
    priceKr: [690, 2990],
    ip: ['IP20', 'IP65'],
    beam: null,
    bulky: 0,
    shapes: ['ledesymbol', 'antipanikk', 'selvtest'],
  },
  {
    category: 'led-paerer',
    noun: 'LED-pære',
    keywords: 'pære lyspære E27 GU10 E14',
    watts: [3, 15],
    efficacy: 110,
    priceKr: [29, 249],
    ip: ['IP20'],
    beam: [36, 120, 300],
    bulky: 0,
    shapes: ['E27', 'GU10', 'E14', 'G9'],
  },
  {
    category: 'led-ror',
    noun: 'LED-rør',
    keywords: 'rør T8 lysrør erstatning',
    watts: [9, 24],
    efficacy: 140,
    priceKr: [79, 349],
    ip: ['IP20'],
    beam: [160],
    bulky: 0,
    shapes: ['T8 600 mm', 'T8 1200 mm', 'T8 1500 mm'],
  },
  {
    category: 'drivere',
    noun: 'driver',
    keywords: 'driver trafo strømforsyning konstantstrøm',
    watts: [10, 150],
    efficacy: 0,
    priceKr: [149, 1490],
    ip: ['IP20', 'IP67'],
    beam: null,
    bulky: 0,
    shapes: ['350 mA', '700 mA', '24 V', 'DALI', '1–10 V'],
  },
  {
    category: 'dimmere',
    noun: 'dimmer',
    keywords: 'dimmer bryter LED-dimmer',
    watts: [0, 0],
    efficacy: 0,
    priceKr: [290, 1190],
    ip: ['IP20'],
    beam: null,
    bulky: 0,
    shapes: ['bakkant', 'universal', 'trådløs', 'Casambi'],
  },
  {
    category: 'sensorer',
    noun: 'bevegelsessensor',
    keywords: 'sensor bevegelse tilstedeværelse PIR',
    watts: [0, 0],
    efficacy: 0,
    priceKr: [390, 1690],
    ip: ['IP20', 'IP44', 'IP65'],
    beam: null,
    bulky: 0,
    shapes: ['tak', 'vegg', 'høytak'],
  },
];

const SERIES = [
  'Fjell',
  'Fjord',
  'Nordlys',
  'Midnatt',
  'Polar',
  'Vidde',
  'Skjær',
  'Bre',
  'Vik',
  'Glimt',
  'Stjerne',
  'Aurora',
  'Tind',
  'Dal',
  'Elv',
  'Havn',
  'Skog',
  'Måne',
  'Sol',
  'Lofot',
  'Rondane',
  'Jotun',
  'Hardanger',
  'Senja',
  'Trolltunga',
  'Geiranger',
  'Fokus',
  'Kvarts',
  'Linje',
  'Sirkel',
];
const BRANDS = [
  'Lumen',
  'Nordlux',
  'Glamox',
  'Hidealite',
  'SG Armaturen',
  'Malmbergs',
  'Norlys',
  'Tridonic',
  'Designlight',
  'Ledvance',
];
const KELVINS = [2700, 3000, 3000, 4000, 4000, 5000];
const STOCK_WEIGHTS: [string, number][] = [
  ['in_stock', 0.62],
  ['supplier_date_confirmed', 0.1],
  ['supplier_date_unconfirmed', 0.06],
  ['order_from_supplier', 0.08],
  ['remote_warehouse', 0.07],
  ['shipped_from_supplier', 0.04],
  ['unconfirmed', 0.03],
];

export function demoCategories(): DemoCategory[] {
  return CATEGORIES.map((category) => ({ ...category }));
}

/** `count` products; the same `count` and `seed` always give the same catalog. */
export function generateDemoProducts(
  count: number,
  seed = DEFAULT_SEED,
): DemoProduct[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T =>
    items[Math.floor(random() * items.length)];
  const between = (low: number, high: number) => low + random() * (high - low);
  const products: DemoProduct[] = [];
  const lastActiveByCategory = new Map<string, string>();

  for (let index = 0; index < count; index++) {
    const kind = KINDS[index % KINDS.length];
    const series = pick(SERIES);
    const brand = pick(BRANDS);
    const shape = pick(kind.shapes);
    const givesLight = kind.efficacy > 0;
    const wattage =
      kind.watts[1] > 0
        ? Math.round(between(kind.watts[0], kind.watts[1]))
        : null;
    const kelvin = givesLight ? pick(KELVINS) : null;
    const lumen =
      givesLight && wattage
        ? Math.round((wattage * kind.efficacy * between(0.9, 1.1)) / 10) * 10
        : null;
    const cri = givesLight ? pick([80, 80, 90, 95]) : null;
    const ipRating = pick(kind.ip);
    const beamAngle = kind.beam ? pick(kind.beam) : null;
    const dimmable = givesLight
      ? random() < 0.6
      : kind.category === 'dimmere'
        ? true
        : null;
    // Whole kroner, a third of them ending in ,50, so tier rounding has something to do.
    const listPriceOre =
      Math.round(between(kind.priceKr[0], kind.priceKr[1])) * 100 +
      (random() < 0.33 ? 50 : 0);

    const stockRoll = random();
    let acc = 0;
    let stockStatus = 'in_stock';
    for (const [status, weight] of STOCK_WEIGHTS) {
      acc += weight;
      if (stockRoll < acc) {
        stockStatus = status;
        break;
      }
    }
    const stockDate =
      stockStatus === 'supplier_date_confirmed'
        ? new Date(
            Date.UTC(2026, 11, 1) + Math.floor(random() * 60) * 86_400_000,
          )
            .toISOString()
            .slice(0, 10)
        : null;

    const sku = demoSku(index);
    const endOfLife = index > KINDS.length * 2 && random() < 0.03;
    const replacementSku =
      endOfLife && random() < 0.7
        ? (lastActiveByCategory.get(kind.category) ?? null)
        : null;
    if (!endOfLife) lastActiveByCategory.set(kind.category, sku);

    const nameParts = [`${series} ${kind.noun}`, shape];
    if (wattage) nameParts.push(`${wattage} W`);
    if (kelvin) nameParts.push(`${kelvin} K`);
    if (ipRating !== 'IP20') nameParts.push(ipRating);
    const name = nameParts.join(' ');
    const description =
      `${name} fra ${brand}. ` +
      (givesLight
        ? `${lumen} lm, ${kelvin} K, CRI ${cri}${beamAngle ? `, ${beamAngle}° spredning` : ''}${dimmable ? ', dimbar' : ''}. `
        : '') +
      // The shop's warranty is 12 months on everything (PRODUCT.md §14): a description must not promise more.
      `Kapslingsgrad ${ipRating}. 12 måneders garanti.`;
    const keywords = [
      kind.keywords,
      series.toLowerCase(),
      dimmable ? 'dimbar' : '',
    ]
      .filter(Boolean)
      .join(' ');

    products.push({
      sku,
      name,
      description,
      keywords,
      categorySlug: kind.category,
      brand,
      listPriceOre,
      wattage,
      lumen,
      colourTemperatureK: kelvin,
      cri,
      ipRating,
      beamAngle,
      dimmable,
      stockStatus,
      stockDate,
      bulky: random() < kind.bulky,
      netPriced: random() < 0.05,
      lifecycle: endOfLife ? 'end_of_life' : 'active',
      replacementSku,
    });
  }
  return products;
}

/** Runs one parameterised SQL statement; a TypeORM EntityManager or a pg Client both fit. */
export type SqlRunner = (sql: string, params: unknown[]) => Promise<unknown>;

const CHUNK = 10_000;

/**
 * Loads the catalog with a handful of set-based statements (unnest of column arrays,
 * 10,000 rows each), never row by row. Run it inside a transaction: replacement SKUs are
 * checked at commit.
 */
export async function insertDemoCatalog(
  run: SqlRunner,
  categories: readonly DemoCategory[],
  products: readonly DemoProduct[],
): Promise<void> {
  // Parents before children: roots first, then one level down (the tree is two deep).
  for (const roots of [true, false]) {
    const level = categories.filter(
      (category) => (category.parentSlug === null) === roots,
    );
    await run(
      `INSERT INTO categories (slug, parent_id, name, name_en, sort_order)
       SELECT u.slug, parent.id, u.name, u.name_en, u.sort_order
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[])
         AS u(slug, parent_slug, name, name_en, sort_order)
       LEFT JOIN categories parent ON parent.slug = u.parent_slug`,
      [
        level.map((c) => c.slug),
        level.map((c) => c.parentSlug),
        level.map((c) => c.name),
        level.map((c) => c.nameEn),
        level.map((c) => c.sortOrder),
      ],
    );
  }
  for (let start = 0; start < products.length; start += CHUNK) {
    const chunk = products.slice(start, start + CHUNK);
    const column = <K extends keyof DemoProduct>(key: K) =>
      chunk.map((product) => product[key]);
    await run(
      `INSERT INTO products (sku, name, description, keywords, category_id, brand, list_price_ore,
         wattage, lumen, colour_temperature_k, cri, ip_rating, beam_angle, dimmable,
         stock_status, stock_date, bulky, net_priced, lifecycle, replacement_sku)
       SELECT u.sku, u.name, u.description, u.keywords, c.id, u.brand, u.list_price_ore,
         u.wattage, u.lumen, u.kelvin, u.cri, u.ip_rating, u.beam_angle, u.dimmable,
         u.stock_status, u.stock_date, u.bulky, u.net_priced, u.lifecycle, u.replacement_sku
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[],
         $8::numeric[], $9::int[], $10::int[], $11::smallint[], $12::text[], $13::smallint[], $14::boolean[],
         $15::text[], $16::date[], $17::boolean[], $18::boolean[], $19::text[], $20::text[])
         AS u(sku, name, description, keywords, category_slug, brand, list_price_ore,
           wattage, lumen, kelvin, cri, ip_rating, beam_angle, dimmable,
           stock_status, stock_date, bulky, net_priced, lifecycle, replacement_sku)
       JOIN categories c ON c.slug = u.category_slug`,
      [
        column('sku'),
        column('name'),
        column('description'),
        column('keywords'),
        column('categorySlug'),
        column('brand'),
        column('listPriceOre'),
        column('wattage'),
        column('lumen'),
        column('colourTemperatureK'),
        column('cri'),
        column('ipRating'),
        column('beamAngle'),
        column('dimmable'),
        column('stockStatus'),
        column('stockDate'),
        column('bulky'),
        column('netPriced'),
        column('lifecycle'),
        column('replacementSku'),
      ],
    );
  }
}
