package io.actorgraph.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Filters (host check, security headers, query string encoding, API token, body limit), Neo4j Browser's files and the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final ServeSettings settings;

    WebConfig(ServeSettings settings) {
        this.settings = settings;
    }

    @Bean
    FilterRegistrationBean<HostCheckFilter> hostCheckFilter() {
        FilterRegistrationBean<HostCheckFilter> bean = new FilterRegistrationBean<>(new HostCheckFilter());
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        bean.setEnabled(settings.loopback());
        return bean;
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
        FilterRegistrationBean<SecurityHeadersFilter> bean = new FilterRegistrationBean<>(new SecurityHeadersFilter(settings));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return bean;
    }

    @Bean
    FilterRegistrationBean<QueryStringFilter> queryStringFilter() {
        FilterRegistrationBean<QueryStringFilter> bean = new FilterRegistrationBean<>(new QueryStringFilter());
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return bean;
    }

    @Bean
    FilterRegistrationBean<ApiTokenFilter> apiTokenFilter() {
        String token = settings.apiToken();
        FilterRegistrationBean<ApiTokenFilter> bean = new FilterRegistrationBean<>(new ApiTokenFilter(token == null ? "" : token));
        bean.addUrlPatterns("/api/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        bean.setEnabled(token != null);
        return bean;
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter() {
        FilterRegistrationBean<BodyLimitFilter> bean = new FilterRegistrationBean<>(new BodyLimitFilter(settings.maxBodyBytes()));
        bean.addUrlPatterns("/api/*");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
        return bean;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        if (settings.servesBrowser()) {
            // the neo4j-browser jar holds the whole single-page application under browser/
            registry.addResourceHandler("/browser/**").addResourceLocations("classpath:/browser/");
        }
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        if (settings.servesBrowser()) {
            registry.addRedirectViewController("/browser", "/browser/");
            registry.addViewController("/browser/").setViewName("forward:/browser/index.html");
        }
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        // Neo4j Browser fetches guides only from allow-listed host names ("localhost"), so a
        // Browser opened on 127.0.0.1 reads the guide cross-origin; it is public text, read-only
        registry.addMapping("/guides/**").allowedOrigins("*").allowedMethods("GET").allowedHeaders("*");
    }

    @Bean
    OpenAPI openApi() {
        OpenAPI api = new OpenAPI().info(new Info()
                .title("actorgraph REST API")
                .version("1")
                .description("Actors (Person, State, Firm, Organisation, Place) and what they did to each other, as"
                        + " news articles state it; every answer carries the sentences that prove it. Errors are"
                        + " RFC 9457 problem details (application/problem+json).")
                .license(new License().name("GPL-3.0-or-later").url("https://www.gnu.org/licenses/gpl-3.0.html")));
        api.components(new Components().addSecuritySchemes("token", new SecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("Required when the server listens beyond loopback (serve --api-token).")));
        if (settings.apiToken() != null) {
            api.addSecurityItem(new SecurityRequirement().addList("token"));
        }
        return api;
    }
}
