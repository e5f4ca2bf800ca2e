import type { IntermediaryKind } from '../../../shared/domain/constants';
import { isoOf, type Day } from './calendar';
import type { School, Sme } from './model';
import { capitalised, person, phoneOf, slug } from './people';
import type { Rng } from './random';
import { MUNICIPALITIES, SECTOR_WORDS, SECTORS, SURNAMES, type Municipality, type Sector } from './words';
import type { Writer } from './writer';

interface Intermediary {
  id: number;
  name: string;
  kind: IntermediaryKind;
  region: string;
  municipality: string | null;
}

/** Where the werkplaats finds its companies: small stays around its schools, larger scales cover the country. */
export function smeMunicipalities(schools: readonly School[], factor: number): Municipality[] {
  if (factor > 1) return MUNICIPALITIES;
  const regions = new Set(schools.map((s) => s.municipality.region));
  return MUNICIPALITIES.filter((m) => regions.has(m.region));
}

export function writeIntermediaries(w: Writer, rng: Rng, municipalities: readonly Municipality[], count: number): Intermediary[] {
  const candidates: Omit<Intermediary, 'id'>[] = [];
  const regions = [...new Set(municipalities.map((m) => m.region))];
  for (const m of municipalities) {
    candidates.push({ name: `Ondernemersvereniging ${m.name}`, kind: 'business_association', region: m.region, municipality: m.name });
    candidates.push({ name: `Gemeente ${m.name}, team Economische Zaken`, kind: 'municipality', region: m.region, municipality: m.name });
    candidates.push({ name: `Bibliotheek ${m.name}, Digicafé`, kind: 'other', region: m.region, municipality: m.name });
  }
  for (const r of regions) {
    candidates.push({ name: `Streekbank ${r}`, kind: 'bank', region: r, municipality: null });
    candidates.push({ name: `KvK-adviesteam ${r}`, kind: 'chamber', region: r, municipality: null });
    candidates.push({ name: `MKB-kring ${r}`, kind: 'business_association', region: r, municipality: null });
    candidates.push({ name: `Boekhoudersnetwerk ${r}`, kind: 'other', region: r, municipality: null });
  }
  // One of each kind first, so even the small demo shows a bank, a municipality and the KvK.
  const kinds: IntermediaryKind[] = ['bank', 'business_association', 'municipality', 'chamber', 'other'];
  const chosen = kinds.map((k) => rng.pick(candidates.filter((c) => c.kind === k)));
  const rest = rng.sample(candidates.filter((c) => !chosen.includes(c)), Math.max(0, count - chosen.length));
  const insert = w.table('intermediaries', ['id', 'name', 'kind', 'contact_name']);
  return [...chosen, ...rest].map((c, i) => {
    insert(i + 1, c.name, c.kind, person(rng).full);
    return { ...c, id: i + 1 };
  });
}

export interface SmeRecord extends Sme {
  kvk: string;
  sbi: string | null;
  sbiVersion: string | null;
  fte: number;
  postcode: string;
  email: string;
  phone: string;
  archivedOn: Day | null;
}

/** Makes companies one at a time, as requests come in; all are written in one go afterwards. */
export class SmeFactory {
  readonly all: SmeRecord[] = [];
  private readonly kvks = new Set<string>();
  private readonly byPlace = new Map<string, Intermediary[]>();

  constructor(
    private readonly rng: Rng,
    private readonly municipalities: readonly Municipality[],
    private readonly intermediaries: readonly Intermediary[],
  ) {
    for (const i of intermediaries) {
      for (const key of i.municipality ? [i.region, i.municipality] : [i.region]) {
        this.byPlace.set(key, [...(this.byPlace.get(key) ?? []), i]);
      }
    }
  }

  make(opts: { large?: boolean } = {}): SmeRecord {
    const rng = this.rng;
    const m = rng.weighted(this.municipalities, (x) => x.postcodes[1] - x.postcodes[0] + 1);
    const sector = rng.weighted(SECTORS, (s) => s.weight);
    const contact = person(rng);
    const name = companyName(rng, sector, m, contact.first);
    const [lo, hi] = sector.fte;
    // Most companies are small: square the draw so the sizes lean to the bottom of the sector's range.
    const fte = opts.large ? rng.int(51, 120) : Math.round((lo + (hi - lo) * rng.next() ** 2) * 2) / 2;
    const near = [...(this.byPlace.get(m.name) ?? []), ...(this.byPlace.get(m.region) ?? [])];
    const intermediary = rng.chance(0.45) ? (near.length > 0 && rng.chance(0.8) ? rng.pick(near) : rng.pick(this.intermediaries)) : null;
    const hasSbi = rng.chance(0.95);
    const domain = `${slug(name).slice(0, 24)}.nl`;
    const sme: SmeRecord = {
      id: this.all.length + 1,
      name,
      municipality: m,
      contactName: contact.full,
      intermediaryId: intermediary?.id ?? null,
      kvk: this.kvk(),
      sbi: hasSbi ? sector.sbi : null,
      sbiVersion: hasSbi ? (rng.chance(0.7) ? 'SBI2025' : 'SBI2008') : null,
      fte: Math.max(2, fte),
      postcode: postcodeIn(rng, m),
      email: rng.chance(0.5) ? `info@${domain}` : `${slug(contact.first)}@${domain}`,
      phone: phoneOf(rng, m.areaCode),
      archivedOn: null,
    };
    this.all.push(sme);
    return sme;
  }

  /** 8 digits, unique; older registrations start with a zero, which must survive as text. */
  private kvk(): string {
    for (;;) {
      const kvk = this.rng.chance(0.12)
        ? `0${String(this.rng.int(1_000_000, 9_999_999))}`
        : String(this.rng.int(10_000_000, 99_999_999));
      if (!this.kvks.has(kvk)) {
        this.kvks.add(kvk);
        return kvk;
      }
    }
  }

  write(w: Writer): void {
    const insert = w.table('smes', [
      'id', 'name', 'kvk', 'sbi_code', 'sbi_version', 'fte', 'postcode', 'municipality', 'region', 'holiday_region',
      'contact_name', 'contact_email', 'contact_phone', 'intermediary_id', 'archived_at',
    ]);
    for (const s of this.all) {
      insert(s.id, s.name, s.kvk, s.sbi, s.sbiVersion, s.fte, s.postcode, s.municipality.name, s.municipality.region,
        s.municipality.holidayRegion, s.contactName, s.email, s.phone, s.intermediaryId,
        s.archivedOn === null ? null : `${isoOf(s.archivedOn)}T17:00:00.000Z`);
    }
  }
}

const LETTERS = [...'ABCDEFGHJKLMNPRSTVWXZ'];
const UNUSED = new Set(['SA', 'SD', 'SS']);

/** A postcode in the municipality's range: 4 digits not starting with 0, two letters never SA, SD or SS. */
function postcodeIn(rng: Rng, m: Municipality): string {
  const digits = rng.int(m.postcodes[0], m.postcodes[1]);
  for (;;) {
    const letters = rng.pick(LETTERS) + rng.pick(LETTERS);
    if (!UNUSED.has(letters)) return `${digits} ${letters}`;
  }
}

function companyName(rng: Rng, sector: Sector, m: Municipality, first: string): string {
  return rng
    .pick(sector.patterns)
    .replace('{surname}', capitalised(rng.pick(SURNAMES)))
    .replace('{first}', first)
    .replace('{place}', m.name)
    .replace('{word}', rng.pick(SECTOR_WORDS));
}
