import { describe, expect, it } from 'vitest';
import { matchCandidates, matchFilter, provisioningErrorText } from './match.ts';
import { immutableIdFromGuid } from './immutable-id.ts';

const guid = '0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9';
const other = 'ffffffff-0000-1111-2222-333333333333';

describe('cloud match order', () => {
  it('tries the consistency GUID before objectGUID, then UPN, then the primary SMTP address', () => {
    const c = matchCandidates({
      objectGuid: guid,
      consistencyGuid: other,
      userPrincipalName: "o'neil@contoso.com",
      proxyAddresses: ['smtp:x@contoso.com', 'SMTP:Pat@contoso.com'],
    });
    expect(c.map((x) => x.by)).toEqual(['immutableId', 'userPrincipalName', 'proxyAddress']);
    expect(c[0]?.value).toBe(immutableIdFromGuid(other));
    expect(c[0]?.value).not.toBe(matchCandidates({ objectGuid: guid })[0]?.value);
    expect(matchFilter(c[1]!)).toBe("userPrincipalName eq 'o''neil@contoso.com'");
    expect(matchFilter(c[2]!)).toBe("proxyAddresses/any(p:p eq 'smtp:Pat@contoso.com')");
  });
  it('words a UPN conflict', () => {
    expect(
      provisioningErrorText({
        category: 'PropertyConflict',
        propertyCausingError: 'UserPrincipalName',
        value: 'pat@contoso.com',
        occurredDateTime: '2026-11-30T10:00:00Z',
      }),
    ).toBe(
      'Another cloud object already has the user principal name "pat@contoso.com"; the sync left it off this object (since 2026-11-30).',
    );
  });
});
