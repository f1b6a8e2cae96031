/**
 * Attributes that hold secrets (or hashes of them). They never enter the journal, the audit or the
 * PowerShell text: a password reset takes its own path, which sends the value and keeps only the
 * fact that it happened.
 */
const SECRET_ATTRIBUTES = new Set(
  [
    'unicodePwd',
    'userPassword',
    'clearTextPassword',
    'dBCSPwd',
    'lmPwdHistory',
    'ntPwdHistory',
    'supplementalCredentials',
    'msDS-ManagedPassword',
    'msDS-KeyCredentialLink',
    'msFVE-RecoveryPassword',
    'ms-Mcs-AdmPwd',
    'msLAPS-Password',
    'msLAPS-EncryptedPassword',
    'msLAPS-EncryptedDSRMPassword',
    'trustAuthIncoming',
    'trustAuthOutgoing',
    'priorValue',
    'currentValue',
    'initialAuthIncoming',
    'initialAuthOutgoing',
  ].map((name) => name.toLowerCase()),
);

export function isSecretAttribute(attr: string): boolean {
  return SECRET_ATTRIBUTES.has(attr.toLowerCase());
}
