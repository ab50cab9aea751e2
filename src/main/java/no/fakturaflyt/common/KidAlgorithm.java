package no.fakturaflyt.common;

/** The two check-digit schemes a bank accepts for KID. */
public enum KidAlgorithm {
    MOD10, MOD11
}
