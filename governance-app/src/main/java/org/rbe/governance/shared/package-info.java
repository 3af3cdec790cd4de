/** Small types shared by every module: user-facing errors with translatable message keys. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.rbe.governance.shared;
