package org.rbe.governance.proceedings;

/** The areas a member may name when saying what must change if the set is returned for rework. */
public enum ChangeArea { COVERAGE, FAIRNESS_BETWEEN_REGIONS, RESERVES, ECOLOGY, TRANSFERS, EVIDENCE, OTHER }
