/**
 * The UI shell: main layout, login, the access guard, translations and the shared components (the generic
 * form renderer). Feature screens live in each module's {@code ui} package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "UI shell", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.rbe.governance.ui;
