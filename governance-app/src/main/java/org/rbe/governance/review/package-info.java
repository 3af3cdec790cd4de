/** Expert review: rotating technocrats drawn at random check each set of scenarios; 2/3 can return it. */
@org.springframework.modulith.ApplicationModule(displayName = "Expert review")
package org.rbe.governance.review;
