package org.rbe.governance.api.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at {@code /v3/api-docs}. */
@Configuration
class OpenApiConfiguration {
    @Bean
    OpenAPI governanceApi() {
        return new OpenAPI()
                .info(new Info().title("Governance REST API").version("1")
                        .description("Ballots for kiosks and other clients, receipts, inclusion proofs and published results."
                                + " Errors are application/problem+json with type /api/problems/<slug>. The audit ledger is"
                                + " public at /public/ledger.jsonl.")
                        .license(new License().name("AGPL-3.0-or-later")))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("The same accounts as the web application")));
    }
}
