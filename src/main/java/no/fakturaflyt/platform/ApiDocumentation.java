package no.fakturaflyt.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of our REST API (Swagger UI at /swagger-ui.html): title, version, what it is, HTTP Basic
 * as its security scheme; the version is the build's (META-INF/build-info.properties) (so that Swagger UI's Authorize button logs in). The groups, one per business module
 * beside the whole API, are in application.yml (springdoc.group-configs).
 */
@Configuration
class ApiDocumentation {

    static final String BASIC = "basicAuth";

    @Bean
    OpenAPI fakturaflytOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "development" : properties.getVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Fakturaflyt API")
                        .version(version)
                        .description("""
                                Invoicing for Norwegian businesses: customers, products, quotes and orders, invoices \
                                and credit notes, their delivery, payments and bank files, the payment follow-up and \
                                the ledger. Every call needs a login (HTTP Basic, the same users as Cockpit and \
                                Tasklist); clerks and admins write, process owners and auditors read. Errors are RFC \
                                7807 problem details that name the field at fault."""))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
