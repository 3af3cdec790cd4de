package org.rbe.governance.security.internal;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.Authorizer;
import org.apache.shiro.authz.ModularRealmAuthorizer;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.spring.web.config.DefaultShiroFilterChainDefinition;
import org.apache.shiro.spring.web.config.ShiroFilterChainDefinition;
import java.time.Clock;
import org.rbe.governance.security.TwoFactor;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shiro binds the logged-in subject to every request. Pages decide access themselves (the UI's access
 * guard, and each service's own checks), so the filter chain lets every path through, except the REST API:
 * {@code /api/**} needs a personal token or HTTP Basic on every request (never the UI's session, see {@link ApiWithoutSession}; a
 * missing or wrong password gets 401 with {@code WWW-Authenticate}, repeated failures are slowed down and then
 * refused with 429, see {@link LoginThrottle}), while {@code /api/public/**} is open.
 */
@Configuration
class ShiroConfiguration {

    /** Passwords, and every account's roles. */
    @Bean
    AccountRealm accountRealm(JdbcTemplate jdbc) {
        return new AccountRealm(jdbc);
    }

    /**
     * Roles come from {@link AccountRealm} whichever realm authenticated; Shiro's auto-configuration makes this bean
     * only while no realm bean is declared as an authorizer, which {@link AccountRealm} is.
     */
    @Bean
    Authorizer authorizer() {
        return new ModularRealmAuthorizer();
    }

    /** Personal API tokens. */
    @Bean
    ApiTokenRealm apiTokenRealm(JdbcTemplate jdbc, Clock clock) {
        return new ApiTokenRealm(jdbc, clock);
    }

    /** A token or HTTP Basic, with login throttling, used by the API's chain below under this bean's name. */
    @Bean
    ThrottledBasicAuthentication authcBasicThrottled(LoginThrottle throttle, TwoFactor twoFactor,
            @Value("${governance.security.api-basic-for-two-factor-accounts:false}") boolean basicForTwoFactorAccounts) {
        return new ThrottledBasicAuthentication(throttle, twoFactor, basicForTwoFactorAccounts);
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
