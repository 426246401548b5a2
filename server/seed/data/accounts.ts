import type { Role } from '@shared/roles';

/** Demo accounts, one per role (documented in the README). Only loaded when SEED_DEMO is on. */
export const DEMO_PASSWORD = 'coalition-demo-2013';
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; organisation: string }[] = [
  { email: 'host@example.org', name: 'Hana Host', role: 'host', organisation: 'itu' },
  { email: 'member@example.org', name: 'Maya Member', role: 'member', organisation: 'ecpat-international' },
  { email: 'hotline@example.org', name: 'Harri Hotline', role: 'member', organisation: 'iwf' },
  { email: 'observer@example.org', name: 'Olive Observer', role: 'observer', organisation: 'allanah-madeline-foundation' },
];
