package jp.mamori.gateway.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}. Schemas are derived from the connector-core records,
 * named in snake_case as they are on the wire.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Mamori", version = "v1",
        description = "Fraud screening for Japanese e-commerce: OK / REVIEW / NG, a score and the reasons."))
@SecurityScheme(name = "merchantKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A merchant API key")
@SecurityScheme(name = "partnerKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A partner API key, acting for the merchant named in merchant_id")
@SecurityScheme(name = "adminToken", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The MAMORI_ADMIN_TOKEN")
public class ApiDocumentation {

    @Bean
    ModelResolver snakeCaseModelResolver(ObjectMapperProvider provider) {
        return new ModelResolver(provider.jsonMapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }
}
