import type { BuiltInRoleKey, StaffRoleKey } from '@lumen/shared/permissions';
import type { LoyaltyTier } from '@lumen/shared/contracts';

/** The password of every demo login (PRODUCT.md §12); the README lists the logins. */
export const DEMO_PASSWORD = 'Lumen-demo-2026';

export const DEMO_STAFF: {
  email: string;
  name: string;
  staffRole: StaffRoleKey;
}[] = [
  { email: 'admin@lumen.test', name: 'Ingrid Lumen', staffRole: 'shop_admin' },
  {
    email: 'consultant@lumen.test',
    name: 'Kari Konsulent',
    staffRole: 'consultant',
  },
];

export interface DemoCompany {
  name: string;
  organisationNumber: string;
  tier: LoyaltyTier;
  phone: string;
  billing: { line1: string; postalCode: string; city: string };
  delivery: {
    label: string;
    line1: string;
    postalCode: string;
    city: string;
  }[];
  users: { email: string; name: string; role: BuiltInRoleKey }[];
}

export const DEMO_COMPANIES: DemoCompany[] = [
  {
    name: 'Nordlys Elektro AS',
    organisationNumber: '923609016',
    tier: 'gold',
    phone: '+47 22 33 44 55',
    billing: { line1: 'Storgata 12', postalCode: '0155', city: 'Oslo' },
    delivery: [
      {
        label: 'Lager Alnabru',
        line1: 'Alnabruveien 40',
        postalCode: '0668',
        city: 'Oslo',
      },
      {
        label: 'Byggeplass Bjørvika',
        line1: 'Dronning Eufemias gate 30',
        postalCode: '0191',
        city: 'Oslo',
      },
    ],
    users: [
      { email: 'admin@nordlys.test', name: 'Astrid Nordlys', role: 'admin' },
      { email: 'buyer@nordlys.test', name: 'Bjørn Innkjøper', role: 'buyer' },
      {
        email: 'purchaser@nordlys.test',
        name: 'Per Bestiller',
        role: 'purchaser',
      },
      { email: 'viewer@nordlys.test', name: 'Vera Leser', role: 'viewer' },
    ],
  },
  {
    name: 'Fjord Bygg AS',
    organisationNumber: '974760673',
    tier: 'silver',
    phone: '+47 55 66 77 88',
    billing: { line1: 'Bryggen 5', postalCode: '5003', city: 'Bergen' },
    delivery: [
      {
        label: 'Hovedkontor',
        line1: 'Bryggen 5',
        postalCode: '5003',
        city: 'Bergen',
      },
    ],
    users: [
      { email: 'admin@fjordbygg.test', name: 'Frode Fjord', role: 'admin' },
    ],
  },
];
