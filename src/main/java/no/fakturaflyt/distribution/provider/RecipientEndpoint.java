package no.fakturaflyt.distribution.provider;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a client method whose 404 means "this recipient is not reachable on this channel" (not registered in the
 * directory, no eFaktura agreement, not a Vipps user): it throws {@link ProviderRecipientNotFoundException} instead
 * of a technical Feign exception. A 404 from any other method stays technical.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface RecipientEndpoint {
}
