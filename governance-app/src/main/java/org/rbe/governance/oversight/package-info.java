/**
 * Civic oversight (source §6.4): anyone may ask, anonymously, for a check of a published decision; three citizens
 * drawn at random (the civic-oversight trio) review it through the lifecycle every body drawn by lot shares
 * (proceedings: draw, deliberate, vote, minutes, publish) and publish their finding, sound or flawed, with its reasons.
 */
package org.rbe.governance.oversight;
