package org.rbe.governance.security.internal;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.realm.Realm;
import org.apache.shiro.spring.web.config.DefaultShiroFilterChainDefinition;
import org.apache.shiro.spring.web.config.ShiroFilterChainDefinition;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shiro binds the logged-in subject to every request. Pages decide access themselves (the UI's access
 * guard, and each service's own checks), so the filter chain lets every path through, except the REST API:
 * {@code /api/**} needs HTTP Basic on every request (never the UI's session, see {@link ApiWithoutSession}; a
 * missing or wrong password gets 401 with {@code WWW-Authenticate}, repeated failures are slowed down and then
 * refused with 429, see {@link LoginThrottle}), while {@code /api/public/**} is open.
 */
@Configuration
class ShiroConfiguration {

    @Bean
    Realm accountRealm(JdbcTemplate jdbc) {
        return new AccountRealm(jdbc);
    }

    /** HTTP Basic with login throttling, used by the API's chain below under this bean's name. */
    @Bean
    ThrottledBasicAuthentication authcBasicThrottled(LoginThrottle throttle) {
        return new ThrottledBasicAuthentication(throttle);
    }

    /** Shiro runs it inside its own chain; Boot must not also register it for every request. */
    @Bean
    FilterRegistrationBean<ThrottledBasicAuthentication> authcBasicThrottledRegistration(ThrottledBasicAuthentication filter) {
        FilterRegistrationBean<ThrottledBasicAuthentication> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    ShiroFilterChainDefinition shiroFilterChainDefinition() {
        DefaultShiroFilterChainDefinition chain = new DefaultShiroFilterChainDefinition();
        chain.addPathDefinition("/api/public/**", "anon");
        chain.addPathDefinition("/api/**", "noSessionCreation, authcBasicThrottled");
        chain.addPathDefinition("/**", "anon");
        return chain;
    }

    /**
     * No "remember me": no login offers it, and the default manager would still read the cookie when each request's
     * subject is built and send a clearing cookie after each login, which every HTTP Basic API request is.
     */
    @Bean
    InitializingBean noRememberMe(SecurityManager securityManager) {
        return () -> {
            if (securityManager instanceof DefaultSecurityManager manager) {
                manager.setRememberMeManager(null);
            }
        };
    }

    /** Lets non-request threads (the job executor, the command line) use Shiro too. */
    @Bean
    InitializingBean staticSecurityManager(SecurityManager securityManager) {
        return () -> SecurityUtils.setSecurityManager(securityManager);
    }
}
