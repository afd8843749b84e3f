package org.entente.domain.agreement;

/** The kind of an instrument; the same vocabulary is reference data in the database. */
public enum AgreementKind {
  PARTNERSHIP_AND_COOPERATION,
  VISA_FACILITATION,
  READMISSION,
  MEMORANDUM_OF_UNDERSTANDING,
  TRADE,
  OTHER
}
