/**
 * A person from the population register extract (Melderegisterauszug).
 *
 * Privacy: the address exists only in memory, to print letters. It must never be written to the
 * database, a log or an export; after the letters are printed it is dropped (issue 5, privacy notes).
 */
export type RegisterSex = 'm' | 'w' | 'd' | 'x';

export interface RegisterAddress {
  readonly name: string;
  readonly strasse: string;
  readonly hausnummer: string;
  readonly plz: string;
  readonly ort: string;
}

export interface RegisterPerson {
  readonly id: string;
  readonly birthYear: number;
  /** m männlich, w weiblich, d divers, x ohne Angabe (§ 22 Abs. 3 PStG). */
  readonly sex: RegisterSex;
  readonly district: string;
  readonly address: RegisterAddress;
}

export interface RegisterIssue {
  /** 1-based line in the file (the header is line 1). */
  readonly line: number;
  /** Column name as in the header, if the issue concerns one field. */
  readonly column?: string;
  /** German message. */
  readonly message: string;
}
