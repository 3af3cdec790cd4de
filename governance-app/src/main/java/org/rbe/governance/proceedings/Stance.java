package org.rbe.governance.proceedings;

/** What a post is: an argument for or against an option, or a question to the other members. */
public enum Stance { FOR, AGAINST, QUESTION }
