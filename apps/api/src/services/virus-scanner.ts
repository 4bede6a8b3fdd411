/**
 * A file is released to other users only once it has passed a scan (security.md, uploads).
 * Production plugs ClamAV in here; until then `SignatureScanner` refuses files carrying the EICAR
 * test signature, which is what anti-virus tests use, so the whole path can be exercised.
 */
export type ScanResult = 'clean' | 'infected';

export interface VirusScanner {
  scan(data: Uint8Array): Promise<ScanResult>;
}

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

export class SignatureScanner implements VirusScanner {
  async scan(data: Uint8Array): Promise<ScanResult> {
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength).includes(EICAR) ? 'infected' : 'clean';
  }
}
