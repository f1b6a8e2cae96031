import type { DirectoryWriter } from '../changes/ports.ts';
import type { ConnectionService } from './connection-service.ts';

/**
 * The journal writes through whatever session is current: after a reconnect or a new connect the
 * same writer keeps working, and with no session the journal sees NOT_CONNECTED and keeps the
 * change queued. Every read here is the session's complete (range-retrieved) read.
 */
export function currentSessionWriter(connection: ConnectionService): DirectoryWriter {
  return {
    modify: (dn, changes) => connection.requireSession().modify(dn, changes),
    delete: (dn) => connection.requireSession().delete(dn),
    add: (dn, attributes) => connection.requireSession().add(dn, attributes),
    modifyDn: (dn, newRdn, newSuperior) => connection.requireSession().modifyDn(dn, newRdn, newSuperior),
    resetPassword: (dn, password, also) => connection.requireSession().resetPassword(dn, password, also),
    readAttributes: (dn, attrs, binaryAttrs) =>
      connection.requireSession().readAttributes(dn, attrs, binaryAttrs),
    readEntry: (dn) => connection.requireSession().readEntry(dn),
  };
}
