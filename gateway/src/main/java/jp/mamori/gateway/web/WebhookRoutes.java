package jp.mamori.gateway.web;

import static org.springframework.web.reactive.function.server.RequestPredicates.POST;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import jp.mamori.gateway.eccube.EcCubeWebhookController;
import jp.mamori.gateway.psp.events.PspEventEndpoint;
import jp.mamori.gateway.woocommerce.WooCommerceWebhookController;
import org.springdoc.core.annotations.RouterOperation;
import org.springdoc.core.annotations.RouterOperations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The shops' webhooks, routed as functions rather than through annotated controllers: a webhook is the
 * gateway's busiest request in a sale, and the annotated path (handler look-up by every mapping, argument
 * resolution, reflective call, result handling) cost it more CPU than verifying its signature did.
 */
@Configuration(proxyBeanMethods = false)
public class WebhookRoutes {

    @Bean
    @RouterOperations({
            @RouterOperation(path = "/hooks/woocommerce/{shop}", method = RequestMethod.POST,
                    beanClass = WooCommerceWebhookController.class, beanMethod = "receive",
                    operation = @Operation(operationId = "wooCommerceWebhook",
                            summary = "A WooCommerce webhook delivery (order.created, order.updated, or the creation ping)",
                            parameters = @Parameter(in = ParameterIn.PATH, name = "shop"))),
            @RouterOperation(path = "/hooks/ec-cube/{shop}", method = RequestMethod.POST,
                    beanClass = EcCubeWebhookController.class, beanMethod = "receive",
                    operation = @Operation(operationId = "ecCubeWebhook",
                            summary = "An EC-CUBE Web API (Api42) webhook delivery: [{entity, id, action}, …], "
                                    + "signed with X-ECCUBE-Signature",
                            parameters = @Parameter(in = ParameterIn.PATH, name = "shop"))),
            @RouterOperation(path = "/hooks/psp/{provider}/{account}", method = RequestMethod.POST,
                    beanClass = PspEventEndpoint.class, beanMethod = "receive",
                    operation = @Operation(operationId = "pspEvent",
                            summary = "A payment provider's event: a Stripe event (Stripe-Signature), an Adyen standard "
                                    + "notification (HMAC per item, answered [accepted]) or a GMO-PG result notification "
                                    + "(?token=…, answered 0)",
                            parameters = {@Parameter(in = ParameterIn.PATH, name = "provider"),
                                    @Parameter(in = ParameterIn.PATH, name = "account")}))})
    RouterFunction<ServerResponse> webhooks(WooCommerceWebhookController wooCommerce, EcCubeWebhookController ecCube,
                                            PspEventEndpoint pspEvents) {
        return route(POST("/hooks/woocommerce/{shop}"), wooCommerce::receive)
                .andRoute(POST("/hooks/ec-cube/{shop}"), ecCube::receive)
                .andRoute(POST("/hooks/psp/{provider}/{account}"), pspEvents::receive);
    }
}
