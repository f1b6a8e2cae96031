import * as tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { systemAndBundledRoots, tlsOptionsFor } from './tls-verify.ts';

describe('trusted roots', () => {
  it('adds the OS store to the bundled roots where Node can read it', () => {
    const roots = systemAndBundledRoots({
      rootCertificates: ['bundled'],
      getCACertificates: (type) => (type === 'system' ? ['enterprise', 'bundled'] : ['bundled']),
    });
    expect(roots.sort()).toEqual(['bundled', 'enterprise']);
  });

  it('falls back to the bundled roots on a Node without getCACertificates', () => {
    expect(systemAndBundledRoots({ rootCertificates: ['bundled'] })).toEqual(['bundled']);
  });

  it('keeps the bundled roots when the OS store cannot be read', () => {
    const roots = systemAndBundledRoots({
      rootCertificates: ['bundled'],
      getCACertificates: (type) => {
        if (type === 'system') throw new Error('no store');
        return ['bundled'];
      },
    });
    expect(roots).toEqual(['bundled']);
  });

  it.runIf(typeof tls.getCACertificates === 'function')(
    "puts this computer's system certificates in every handshake's CA list",
    () => {
      const ca = tlsOptionsFor({ host: 'dc1.corp.test', caPem: 'profile-ca' }).ca as string[];
      expect(ca).toEqual(expect.arrayContaining(tls.getCACertificates('system')));
      expect(ca).toEqual(expect.arrayContaining([...tls.rootCertificates, 'profile-ca']));
    },
  );
});
