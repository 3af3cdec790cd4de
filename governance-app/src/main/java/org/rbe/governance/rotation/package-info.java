/**
 * Rotation of office, so that experts do not become a new elite (source §5.1, §5.4, §6.4): rosters of technocrats,
 * ethics council members and Correlation Center staff with term dates; reminders before a term ends; successors
 * drawn by lot with the jury module when it does; term lengths from the constitution in force (technocrats at most
 * two years, the ethics council on its rotation period, half of the Correlation Center every two years).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rotation")
package org.rbe.governance.rotation;
