/**
 * Input of the mail-merge letters. Privacy: recipients' addresses exist only in memory while the PDF is
 * made; the PDF goes to the printer and is not stored by the platform (issue 5).
 */
export interface LetterSender {
  /** As printed in the letterhead, e.g. "Stadt Musterstadt". */
  readonly municipalityName: string;
  /** E.g. "Ordnungsamt – Kommunale Kriminalprävention". */
  readonly department?: string;
  readonly street: string;
  readonly postalCode: string;
  readonly city: string;
  readonly contactPerson?: string;
  readonly phone?: string;
  readonly email?: string;
  /** Signature, e.g. "Erika Mustermann" / "Oberbürgermeisterin". */
  readonly signatoryName: string;
  readonly signatoryRole: string;
  /** Coat of arms as SVG text (the municipality agrees the letter with its arms, domain.md 1). */
  readonly coatOfArmsSvg?: string;
}

export interface LetterRecipient {
  readonly name: string;
  readonly strasse: string;
  readonly hausnummer: string;
  readonly plz: string;
  readonly ort: string;
  /** Access code in display form, e.g. "ABCD-EFGH-JKMN". */
  readonly accessCode: string;
}

export interface LetterBatch {
  readonly kind: 'invitation' | 'reminder';
  readonly sender: LetterSender;
  /** Municipality name used in the text ("Sicherheit in Musterstadt"). */
  readonly placeName: string;
  /** Public base URL without trailing slash, e.g. "https://sicherheit.musterstadt.de". */
  readonly publicUrl: string;
  /** Date of the letter, YYYY-MM-DD. */
  readonly letterDate: string;
  /** Last day to take part, YYYY-MM-DD. */
  readonly fieldEnd: string;
  /** How to get the paper questionnaire; default: ask the contact in the letterhead. */
  readonly paperNote?: string;
  readonly recipients: readonly LetterRecipient[];
}
