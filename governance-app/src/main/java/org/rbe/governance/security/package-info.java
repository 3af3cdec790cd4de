/**
 * Who is acting, and what they may do. Shiro stays inside {@code security.internal}; modules ask
 * {@link org.rbe.governance.security.CurrentUser} and enforce per-case rules in their services.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.rbe.governance.security;
