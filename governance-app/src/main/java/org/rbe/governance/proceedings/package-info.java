/**
 * Proceedings of a body drawn by lot: what every such body does between its draw and its vote, built once. Today this
 * is its deliberation ({@link org.rbe.governance.proceedings.Deliberation}): members sit under pseudonyms at tables
 * drawn at random, ask the experts questions answered in public, post arguments for and against each option, each
 * table writes a summary of its reasons, and every member may give reasons for what must change, kept apart from the
 * ballot. The decision jury, appeal panels, constitutional and civic assemblies open one when they open their vote.
 */
package org.rbe.governance.proceedings;
