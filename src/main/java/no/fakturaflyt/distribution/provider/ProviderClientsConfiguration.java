package no.fakturaflyt.distribution.provider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.http.HttpMessageConverters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One client per provider, as configured in {@code fakturaflyt.providers}. */
@Configuration(proxyBeanMethods = false)
class ProviderClientsConfiguration {

    static final String PEPPOL = "peppol";
    static final String EFAKTURA = "efaktura";
    static final String VIPPS = "vipps";
    static final String PRINT = "print";
    static final String FACTORING = "factoring";

    @Bean
    ProviderClientFactory providerClientFactory(ObjectProvider<HttpMessageConverters> converters,
            LocalSandbox sandbox) {
        return new ProviderClientFactory(converters, sandbox);
    }

    @Bean
    PeppolAccessPointClient peppolAccessPointClient(ProviderClientFactory factory, ProviderProperties properties) {
        return factory.create(PeppolAccessPointClient.class, PEPPOL, properties.peppol());
    }

    @Bean
    EfakturaClient efakturaClient(ProviderClientFactory factory, ProviderProperties properties) {
        return factory.create(EfakturaClient.class, EFAKTURA, properties.efaktura());
    }

    @Bean
    VippsClient vippsClient(ProviderClientFactory factory, ProviderProperties properties) {
        return factory.create(VippsClient.class, VIPPS, properties.vipps());
    }

    @Bean
    PrintServiceClient printServiceClient(ProviderClientFactory factory, ProviderProperties properties) {
        return factory.create(PrintServiceClient.class, PRINT, properties.print());
    }

    @Bean
    FactoringClient factoringClient(ProviderClientFactory factory, ProviderProperties properties) {
        return factory.create(FactoringClient.class, FACTORING, properties.factoring());
    }
}
