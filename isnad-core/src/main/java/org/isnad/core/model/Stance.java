package org.isnad.core.model;

/** How a source relates to what it says: ALLEGES for زعم/ادعى, DENIES for نفى, and so on. */
public enum Stance { ASSERTS, ALLEGES, DENIES, REPORTS, DEMANDS, THREATENS }
