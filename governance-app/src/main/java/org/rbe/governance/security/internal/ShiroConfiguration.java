package org.rbe.governance.security.internal;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.realm.Realm;
import org.apache.shiro.spring.web.config.DefaultShiroFilterChainDefinition;
import org.apache.shiro.spring.web.config.ShiroFilterChainDefinition;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shiro binds the logged-in subject to every request. Pages decide access themselves (the UI's access
 * guard, and each service's own checks), so the filter chain lets every path through, except the REST API, whose
 * callers log in with HTTP Basic on each request.
 */
@Configuration
class ShiroConfiguration {

    @Bean
    Realm accountRealm(JdbcTemplate jdbc) {
        return new AccountRealm(jdbc);
    }

    @Bean
    ShiroFilterChainDefinition shiroFilterChainDefinition() {
        DefaultShiroFilterChainDefinition chain = new DefaultShiroFilterChainDefinition();
        // REST clients authenticate on every request (HTTP Basic: 401 without credentials); services check roles.
        chain.addPathDefinition("/api/sanctions/**", "authcBasic");
        chain.addPathDefinition("/api/sanctions", "authcBasic");
        chain.addPathDefinition("/**", "anon");
        return chain;
    }

    /** Lets non-request threads (the job executor, the command line) use Shiro too. */
    @Bean
    InitializingBean staticSecurityManager(SecurityManager securityManager) {
        return () -> SecurityUtils.setSecurityManager(securityManager);
    }
}
