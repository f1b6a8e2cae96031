/**
 * A fine-grained password policy (PSO) that applies to one test user only: locked out after 2 bad
 * passwords until an admin unlocks it. The domain-wide policy never locks, so no other test's
 * account is at risk; the caller removes the PSO afterwards.
 */
export function lockoutPolicy(appliesTo: string): Record<string, string | string[]> {
  return {
    objectClass: ['top', 'msDS-PasswordSettings'],
    'msDS-PasswordSettingsPrecedence': '5',
    'msDS-PasswordReversibleEncryptionEnabled': 'FALSE',
    'msDS-PasswordHistoryLength': '0',
    'msDS-PasswordComplexityEnabled': 'TRUE',
    'msDS-MinimumPasswordLength': '7',
    'msDS-MinimumPasswordAge': '0',
    'msDS-MaximumPasswordAge': '-9223372036854775808',
    'msDS-LockoutThreshold': '2',
    'msDS-LockoutObservationWindow': '-18000000000',
    'msDS-LockoutDuration': '0',
    'msDS-PSOAppliesTo': appliesTo,
  };
}
