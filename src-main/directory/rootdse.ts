import { AndFilter, EqualityFilter } from 'ldapts';
import { first, strings } from './entry.ts';
import { searchAll, searchOne } from './search.ts';
import type { SearchContext } from './search.ts';

/** What the domain controller says about itself and its forest. */
export interface RootDse {
  defaultNamingContext: string;
  configurationNamingContext: string;
  schemaNamingContext: string;
  rootDomainNamingContext: string;
  namingContexts: string[];
  dnsHostName: string;
  domainFunctionality: number;
  forestFunctionality: number;
  domainControllerFunctionality: number;
  /** A 64-bit counter: kept as text. */
  highestCommittedUSN: string;
  supportedControl: string[];
  /** DNS name of the domain (corp.contoso.com), from its crossRef. */
  domainDnsName: string;
  /** NetBIOS name of the domain (CORP), for DOMAIN\user forms. */
  domainNetbiosName: string;
  /** The forest's extra UPN suffixes (uPNSuffixes on CN=Partitions); the domain's own name is not listed there. */
  upnSuffixes: string[];
  /** isGlobalCatalogReady: the DC answers forest-wide searches on 3268/3269 (absent: not read). */
  globalCatalog?: boolean;
}

const ROOT_ATTRIBUTES = [
  'defaultNamingContext',
  'configurationNamingContext',
  'schemaNamingContext',
  'rootDomainNamingContext',
  'namingContexts',
  'dnsHostName',
  'domainFunctionality',
  'forestFunctionality',
  'domainControllerFunctionality',
  'highestCommittedUSN',
  'supportedControl',
  'isGlobalCatalogReady',
];

export async function readRootDse(ctx: SearchContext): Promise<RootDse> {
  const root = await searchOne(ctx, '', ROOT_ATTRIBUTES);
  if (root === undefined) throw new Error('The server returned no rootDSE');
  const text = (name: string): string => first(root, name) ?? '';
  const configuration = text('configurationNamingContext');
  const defaultNc = text('defaultNamingContext');
  const partitions = `CN=Partitions,${configuration}`;
  const [partitionsEntry, crossRefs] = await Promise.all([
    searchOne(ctx, partitions, ['uPNSuffixes']),
    searchAll(ctx, {
      base: partitions,
      scope: 'one',
      filter: new AndFilter({
        filters: [
          new EqualityFilter({ attribute: 'objectClass', value: 'crossRef' }),
          new EqualityFilter({ attribute: 'nCName', value: defaultNc }),
        ],
      }),
      attributes: ['dnsRoot', 'nETBIOSName'],
    }),
  ]);
  const crossRef = crossRefs[0];
  return {
    defaultNamingContext: defaultNc,
    configurationNamingContext: configuration,
    schemaNamingContext: text('schemaNamingContext'),
    rootDomainNamingContext: text('rootDomainNamingContext'),
    namingContexts: strings(root, 'namingContexts'),
    dnsHostName: text('dnsHostName'),
    domainFunctionality: Number(text('domainFunctionality') || 0),
    forestFunctionality: Number(text('forestFunctionality') || 0),
    domainControllerFunctionality: Number(text('domainControllerFunctionality') || 0),
    highestCommittedUSN: text('highestCommittedUSN'),
    supportedControl: strings(root, 'supportedControl'),
    domainDnsName: (crossRef && first(crossRef, 'dnsRoot')) || dnsNameFromDn(defaultNc),
    domainNetbiosName: (crossRef && first(crossRef, 'nETBIOSName')) || '',
    upnSuffixes: partitionsEntry === undefined ? [] : strings(partitionsEntry, 'uPNSuffixes'),
    globalCatalog: text('isGlobalCatalogReady').toUpperCase() === 'TRUE',
  };
}

/** DC=corp,DC=contoso,DC=com → corp.contoso.com (fallback when no crossRef is readable). */
export function dnsNameFromDn(dn: string): string {
  return dn
    .split(',')
    .map((part) => part.trim())
    .filter((part) => /^dc=/i.test(part))
    .map((part) => part.slice(3))
    .join('.');
}
